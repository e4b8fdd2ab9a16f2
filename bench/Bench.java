import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark behind BENCHMARKS.md, run by bench/run. Every figure is a whole process measured
 * from outside (wall time and peak RSS from /usr/bin/time), as a user would experience it.
 */
public class Bench {
    static boolean quick;
    static Path work;

    public static void main(String[] args) throws Exception {
        quick = Arrays.asList(args).contains("--quick");
        work = Files.createTempDirectory("vita-bench");
        int runs = quick ? 1 : 5;
        List<String> rows = new ArrayList<>();
        rows.add("| what | median | min | max | peak RSS | target |");
        rows.add("|---|---|---|---|---|---|");

        // 1. cold build of the sample (all artifacts) against latexmk on the cv.tex Vita wrote, in paired runs
        //    (alternating, so a busy machine slows both alike): JDK 17 with the CDS archive, JDK 25 with the
        //    launcher's AOT cache, trained by a first build into a fresh cache folder
        Path out = work.resolve("out");
        Stats v17 = new Stats();
        Stats v25 = new Stats();
        Stats latex = new Stats();
        Path j25 = Path.of(System.getenv().getOrDefault("VITA_BENCH_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64"), "bin", "java");
        boolean has25 = Files.isExecutable(j25);
        Map<String, String> cache = Map.of("XDG_CACHE_HOME", work.resolve("cache").toString());
        List<String> build = List.of("-jar", "target/vita.jar", "build", "--out", out.toString());
        if (has25) {
            Stats training = new Stats();
            training.add(timed(concat(j25.toString(), build), Path.of("."), cache));
            rows.add(training.row("JDK 25: first `vita build` (trains the AOT cache)", ""));
        }
        timed(concat("java", build), Path.of("."), Map.of());
        Path tex = out.resolve("cv.tex");
        boolean hasTex = onPath("latexmk");
        for (int i = 0; i < runs; i++) {
            v17.add(timed(concat("java", build), Path.of("."), Map.of()));
            if (has25) v25.add(timed(concat(j25.toString(), build), Path.of("."), cache));
            if (hasTex) {
                Path d = Files.createTempDirectory(work, "tex");
                Files.copy(tex, d.resolve("cv.tex"));
                latex.add(timed(List.of("latexmk", "-pdf", "-interaction=nonstopmode", "cv.tex"), d, Map.of()));
            }
        }
        rows.add(v17.row("JDK 17: cold `vita build`, sample, all 7 artifacts", ""));
        if (has25) rows.add(v25.row("JDK 25: cold `vita build` (AOT cache)", ""));
        if (hasTex) {
            rows.add(latex.row("`latexmk -pdf cv.tex` from clean (the cv.tex Vita wrote)", ""));
            rows.add(String.format(Locale.ROOT, "| ratio JDK 17 cold build / latexmk | %.2f | | | | ≤ 1.4 |", v17.median() / latex.median()));
            if (has25) rows.add(String.format(Locale.ROOT, "| ratio JDK 25 cold build / latexmk | %.2f | | | | ≤ 1.0 |", v25.median() / latex.median()));
        }
        // the neighbours: moderncv with biblatex/biber (latexmk from clean) and Typst, each on a CV of the same shape
        if (hasTex && onPath("biber") && !quick) {
            Stats moderncv = new Stats();
            for (int i = 0; i < runs; i++) {
                Path d = Files.createTempDirectory(work, "moderncv");
                for (String f : List.of("cv.tex", "fontawesome5.sty")) Files.copy(Path.of("bench/moderncv", f), d.resolve(f));
                Files.copy(Path.of("profile/publications.bib"), d.resolve("publications.bib"));
                moderncv.add(timed(List.of("latexmk", "-pdf", "-interaction=nonstopmode", "cv.tex"), d, Map.of()));
            }
            rows.add(moderncv.row("moderncv + biblatex/biber, `latexmk -pdf` from clean", ""));
        }
        if (Files.isDirectory(Path.of("bench/typst/node_modules")) && onPath("node") && !quick) {
            Stats typst = new Stats();
            for (int i = 0; i < runs; i++) {
                typst.add(timed(List.of("node", "bench/typst/compile.js", "bench/typst/cv.typ", work.resolve("typst.pdf").toString(),
                        "fonts/charis-sil"), Path.of("."), Map.of()));
            }
            rows.add(typst.row("Typst (typst.ts node compiler 0.7.0), a CV of the same shape", ""));
        }

        // 2. warm rebuild in vita watch: from saving profile.yaml to both PDFs rewritten
        rows.add(watch(quick ? 0 : 10, quick ? 2 : 20).row("warm rebuild in `vita watch` (save → both PDFs)", "≤ 150 ms"));

        // 3. scale: generated profiles with 10, 100 and 1,000 papers
        double t100 = 0;
        for (int n : quick ? new int[] {10} : new int[] {10, 100, 1000}) {
            Path p = generated(n);
            Stats s = new Stats();
            for (int i = 0; i < (quick ? 1 : 3); i++) {
                s.add(timed(List.of("java", "-jar", "target/vita.jar", "build", "--profile", p.toString(),
                        "--out", work.resolve("scale-out-" + n).toString()), Path.of("."), Map.of()));
            }
            rows.add(s.row("cold build, " + n + " papers", n == 1000 ? "≤ 5 s, ≤ 512 MiB" : ""));
            if (n == 100) t100 = s.median();
            if (n == 1000) rows.add(String.format(Locale.ROOT, "| t(1000) / t(100) | %.1f | | | | ≤ 10 |", s.median() / t100));
        }

        // 4. the one-page fit against one plain render of the résumé
        rows.add(fitCost());
        rows.add(fitCostWarm(quick ? 3 : 30));
        rows.forEach(System.out::println);
    }

    /** Median, min and max of wall times (ms) and the largest peak RSS (KiB). */
    static final class Stats {
        final List<Double> ms = new ArrayList<>();
        long rssKiB;

        void add(double[] msAndRss) {
            ms.add(msAndRss[0]);
            rssKiB = Math.max(rssKiB, (long) msAndRss[1]);
        }

        double median() {
            List<Double> s = new ArrayList<>(ms);
            s.sort(null);
            return s.get(s.size() / 2);
        }

        String row(String what, String target) {
            return String.format(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms | %s | %s |", what, median(),
                    ms.stream().mapToDouble(d -> d).min().orElse(0), ms.stream().mapToDouble(d -> d).max().orElse(0),
                    rssKiB == 0 ? "" : (rssKiB / 1024) + " MiB", target);
        }
    }

    /** Runs a command under /usr/bin/time; returns {wall ms, peak RSS KiB}; fails on a non-zero exit. */
    static double[] timed(List<String> cmd, Path dir, Map<String, String> env) throws IOException, InterruptedException {
        Path rss = Files.createTempFile(work, "rss", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", "-o", rss.toString()));
        full.addAll(cmd);
        long t0 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("last.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        boolean ended = p.waitFor(300, TimeUnit.SECONDS);
        if (!ended) end(p);
        if (!ended || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + Files.readString(work.resolve("last.log")));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        String kib = Files.readString(rss).strip().replaceAll("(?s).*\\n", "");
        return new double[] {ms, Double.parseDouble(kib)};
    }

    /** Ends a process and everything it started: a harness must not leave JVMs behind. */
    static void end(Process p) throws InterruptedException {
        List<ProcessHandle> tree = p.descendants().toList();
        p.destroy();
        p.waitFor(10, TimeUnit.SECONDS);
        for (ProcessHandle h : tree) {
            h.destroy();
            h.onExit().completeOnTimeout(h, 10, TimeUnit.SECONDS).join();
            h.destroyForcibly();
        }
        p.destroyForcibly();
    }

    static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** Times {@code edits} saves after {@code warmUp} untimed ones: an evening of editing, not the first save. */
    static Stats watch(int warmUp, int edits) throws Exception {
        Path profile = work.resolve("watch-profile");
        copyDir(Path.of("profile"), profile);
        Path out = work.resolve("watch-out");
        Path yaml = profile.resolve("profile.yaml");
        String original = Files.readString(yaml);
        Process p = new ProcessBuilder("java", "-jar", "target/vita.jar", "watch", "--profile", profile.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("watch.log").toFile()).start();
        Stats s = new Stats();
        try {
            waitFor(() -> Files.readString(work.resolve("watch.log")).contains("watching"), 60_000);
            for (int i = 0; i < warmUp + edits; i++) {
                FileTime cv = modified(out.resolve("cv.pdf"));
                FileTime resume = modified(out.resolve("resume.pdf"));
                Thread.sleep(300); // let the file clock move on
                // a real edit: the headline shows in both documents, so both are refitted and rewritten
                long t0 = System.nanoTime();
                Files.writeString(yaml, original.replace("LLM Inference & Systems", "LLM Inference & Systems " + i));
                waitFor(() -> modified(out.resolve("cv.pdf")).compareTo(cv) > 0
                        && modified(out.resolve("resume.pdf")).compareTo(resume) > 0, 30_000);
                if (i >= warmUp) s.add(new double[] {(System.nanoTime() - t0) / 1e6, 0});
            }
        } finally {
            end(p);
        }
        return s;
    }

    static FileTime modified(Path p) throws IOException {
        return Files.exists(p) ? Files.getLastModifiedTime(p) : FileTime.fromMillis(0);
    }

    interface Check {
        boolean ok() throws IOException;
    }

    static void waitFor(Check c, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (!c.ok()) {
            if (System.currentTimeMillis() > end) throw new IllegalStateException("timed out; see " + work.resolve("watch.log"));
            Thread.sleep(1);
        }
    }

    /** The sample person with n papers and proportionate projects, positions and skills. */
    static Path generated(int n) throws IOException {
        Path dir = work.resolve("gen-" + n);
        Files.createDirectories(dir);
        StringBuilder y = new StringBuilder("name: Hangrui Cao\naliases: [H. Cao]\nheadline: Machine Learning Engineer\n"
                + "email: hangruic@alumni.cmu.edu\nsummary:\n  - A generated profile for the benchmark.\nexperience:\n");
        for (int i = 0; i < Math.max(2, n / 10); i++) {
            y.append("  - organization: Company ").append(i).append("\n    role: Engineer\n    start: ").append(2000 + i % 24)
                    .append("\n    summary: Worked on inference systems and compilers, item ").append(i).append(".\n");
        }
        y.append("projects:\n");
        for (int i = 0; i < Math.max(2, n / 4); i++) {
            y.append("  - name: Project ").append(i).append("\n    start: ").append(2000 + i % 24)
                    .append("\n    summary: A project about speculative decoding and kernels, number ").append(i).append(".\n");
        }
        y.append("skills:\n  - group: Languages\n    items: [C++, Python, Rust]\neducation:\n  - institution: Carnegie Mellon University\n"
                + "    degree: M.S. Computational Data Science\n    start: 2022\n    end: May 2024\n");
        // the résumé may drop from every section, so a long career still fits its page
        y.append("variants:\n  cv: {}\n  resume:\n    maxPages: 1\n    compact: true\n    maxItems: {summary: 1}\n"
                + "    sections: [summary, experience, education, publications, projects, skills]\n");
        Files.writeString(dir.resolve("profile.yaml"), y);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append("@inproceedings{paper").append(i).append(",\n  author = {Pan, Q. and Cao, H. and Zhu, Y. and Liu, J.},\n")
                    .append("  author+an = {1=equal; 2=equal},\n  title = {Contextual Client Selection, Study ").append(i)
                    .append("},\n  booktitle = {Proceedings of the Workshop on Systems ").append(i % 17)
                    .append("},\n  year = {").append(1990 + i % 35).append("},\n}\n\n");
        }
        Files.writeString(dir.resolve("publications.bib"), b);
        return dir;
    }

    static String fitCost() throws IOException, InterruptedException {
        timed(List.of("java", "-jar", "target/vita.jar", "build", "--variant", "resume", "--out", work.resolve("fit-out").toString()), Path.of("."), Map.of());
        String log = Files.readString(work.resolve("last.log"));
        Matcher fit = Pattern.compile("passes in (\\d+) ms").matcher(log);
        Matcher html = Pattern.compile("resume\\.html\\s+\\S+ \\S+\\s+(\\d+) ms").matcher(log);
        Matcher pdf = Pattern.compile("resume\\.pdf\\s+\\S+ \\S+\\s+(\\d+) ms").matcher(log);
        if (!fit.find() || !html.find() || !pdf.find()) return "| one-page fit / plain résumé render | (not reported) | | | | ≤ 2 |";
        double plain = Double.parseDouble(html.group(1)) + Double.parseDouble(pdf.group(1));
        return String.format(Locale.ROOT, "| one-page fit / plain résumé render (cold process) | %.2f (%s ms / %.0f ms) | | | | ≤ 2 |",
                Double.parseDouble(fit.group(1)) / Math.max(1, plain), fit.group(1), plain);
    }

    /** In one warm JVM: the fit's layout passes (none remembered) against rendering the fitted résumé once. */
    static String fitCostWarm(int rounds) {
        var cv = new dev.vita.load.CvReader().read(Path.of("profile"), List.of(), dev.vita.problem.Warnings.quiet());
        var variant = dev.vita.select.Selector.defaultVariants().get("resume");
        var doc = new dev.vita.select.Selector().select(cv, "resume", variant, "a4", "bench");
        var project = dev.vita.Project.here(null);
        var theme = project.themes().get(dev.vita.load.ThemeCatalog.DEFAULT);
        boolean builtIn = theme.folder().getFileSystem() != java.nio.file.FileSystems.getDefault();
        var templates = new dev.vita.render.Templates(project.templateFolders(theme.folder()), builtIn ? theme.theme().name() : null);
        var pdf = new dev.vita.emit.PdfEmitter(dev.vita.emit.FontSet.load(Path.of("fonts")), List.of(Path.of(".").toAbsolutePath()));
        java.util.function.Function<dev.vita.select.Document, String> html = d -> templates.render("cv.html.ftlh", java.util.Map.of("doc", d, "theme", theme.theme()));
        Stats fit = new Stats();
        Stats plain = new Stats();
        dev.vita.select.Document fitted = doc;
        for (int i = 0; i < rounds * 2; i++) {
            long t0 = System.nanoTime();
            fitted = new dev.vita.fit.PageFit(d -> pdf.measure(html.apply(d), Path.of("profile")))
                    .fit(doc, 1, java.util.Set.copyOf(variant.required()), Path.of("profile/profile.yaml")).document();
            long t1 = System.nanoTime();
            pdf.pdf(html.apply(fitted), Path.of("profile"), fitted, "bench");
            long t2 = System.nanoTime();
            if (i >= rounds) { // the first half warms the JIT
                fit.add(new double[] {(t1 - t0) / 1e6, 0});
                plain.add(new double[] {(t2 - t1) / 1e6, 0});
            }
        }
        return String.format(Locale.ROOT, "| one-page fit / plain résumé render (warm JVM) | %.2f (%.1f ms / %.1f ms) | | | | ≤ 2 |",
                fit.median() / plain.median(), fit.median(), plain.median());
    }

    static boolean onPath(String cmd) {
        for (String dir : System.getenv("PATH").split(":")) {
            if (Files.isExecutable(Path.of(dir, cmd))) return true;
        }
        return false;
    }

    static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
