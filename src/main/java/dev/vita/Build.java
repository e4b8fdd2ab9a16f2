package dev.vita;

import dev.vita.emit.Artifact;
import dev.vita.emit.BibWriter;
import dev.vita.emit.FontSet;
import dev.vita.emit.JsonResumeWriter;
import dev.vita.emit.OutputFolder;
import dev.vita.emit.PdfEmitter;
import dev.vita.emit.PngPreview;
import dev.vita.emit.SourceFile;
import dev.vita.emit.SourceFiles;
import dev.vita.fit.PageFit;
import dev.vita.load.CslStyleFile;
import dev.vita.emit.WebFonts;
import dev.vita.load.CvReader;
import dev.vita.load.ThemeCatalog;
import dev.vita.model.Cv;
import dev.vita.model.Theme;
import dev.vita.model.Variant;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import dev.vita.render.CitationStyle;
import dev.vita.render.Citations;
import dev.vita.render.BidiIsolation;
import dev.vita.render.Templates;
import dev.vita.select.Document;
import dev.vita.select.Layout;
import dev.vita.select.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The whole pipeline in one place: load → select → (fit) → render → emit → write. Read this first.
 * A build holds the parsed templates and fonts, so a long-lived one (vita watch) rebuilds warm.
 */
public final class Build {
    /** What a build reads and where it writes. */
    public record Options(Path profileDir, Path outDir, String pageSize, List<Path> bibs, String variant, String theme,
            boolean png, int pngDpi, boolean embedSource, boolean strict) {
        /** A build of the documents alone in the profile's theme: no previews, no sources inside the PDFs, not strict. */
        public Options(Path profileDir, Path outDir, String pageSize, List<Path> bibs, String variant) {
            this(profileDir, outDir, pageSize, bibs, variant, null);
        }

        /** A build of the documents alone in a theme of its own (null: the profile's, or the default). */
        public Options(Path profileDir, Path outDir, String pageSize, List<Path> bibs, String variant, String theme) {
            this(profileDir, outDir, pageSize, bibs, variant, theme, false, PngPreview.DEFAULT_DPI, false);
        }

        /** Not strict: a variant that cannot reach its page limit is written at its closest fit, with a warning. */
        public Options(Path profileDir, Path outDir, String pageSize, List<Path> bibs, String variant, String theme,
                boolean png, int pngDpi, boolean embedSource) {
            this(profileDir, outDir, pageSize, bibs, variant, theme, png, pngDpi, embedSource, false);
        }
    }

    private final Project project;
    private final ThemeCatalog themes;
    /** Parsed templates per theme: a theme's fragments override the templates by name. */
    private final Map<String, Templates> templates = new java.util.concurrent.ConcurrentHashMap<>();
    private final FontSet fonts;
    private final Warnings warnings;
    /** One worker per core: the PDF routes of the variants run side by side. */
    private final ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "vita-build");
        t.setDaemon(true);
        return t;
    });
    /**
     * Layout passes already made, by the HTML they laid out: a rebuild in {@code vita watch}
     * whose edit leaves a variant's text unchanged fits it without any pass, and the result
     * stays exactly what a cold build gives.
     */
    private final Map<String, PdfEmitter.Measure> measured = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PdfEmitter.Measure> eldest) {
            return size() > 64;
        }
    });

    public Build(Project project, Warnings warnings) {
        this(project, warnings, project.fonts());
    }

    /** A build with the given fonts (tests take the installed fallbacks away with {@link FontSet#withSystemFolders}). */
    public Build(Project project, Warnings warnings, FontSet fonts) {
        this.project = project;
        this.themes = project.themes();
        this.fonts = fonts;
        this.warnings = warnings;
    }

    /**
     * What a build made: its artifacts, one report line per page-fitted variant, and the files it
     * read (which an output never replaces and {@code vita watch} watches).
     */
    public record Result(List<Artifact> artifacts, List<String> fitReports, List<Path> inputs) {}

    /** Builds every variant (or the one asked for) and writes all artifacts atomically. */
    public Result run(Options o) {
        Result r = make(o);
        new OutputFolder(o.outDir()).writeAll(r.artifacts(), r.inputs());
        return r;
    }

    /** Builds every artifact in memory without writing anything. */
    public Result make(Options o) {
        if (o.theme() != null && !themes.names().contains(o.theme())) {
            throw new UserError(Problem.of(null, "--theme: " + themes.unknown(o.theme())));
        }
        Cv cv = new CvReader().read(o.profileDir(), o.bibs(), warnings, themes);
        Map<String, Variant> variants = Selector.variants(cv.profile());
        if (o.variant() != null && !variants.containsKey(o.variant())) {
            throw new UserError(profileFile(o),
                    "no variant '" + o.variant() + "' (declared: " + String.join(", ", variants.keySet()) + ")");
        }
        List<SourceFile> sources = o.embedSource() ? SourceFiles.read(o.profileDir(), cv.profile().publications().bib(), o.bibs()) : List.of();
        Citations cite = citations(cv, o);
        List<Path> extraFonts = FontCheck.fontFiles(o.profileDir(), cv.profile().fonts());
        Map<String, String> texFonts = FontCheck.check(cv, fonts, extraFonts, warnings);
        PdfEmitter pdf = new PdfEmitter(fonts, project.allowedFolders(o.profileDir()),
                refused -> warnings.add(Problem.of(null, refused)), extraFonts);
        // variants are independent: make them side by side, keep their order in the output
        List<Future<Made>> made = new ArrayList<>();
        for (var v : variants.entrySet()) {
            if (o.variant() != null && !o.variant().equals(v.getKey())) continue;
            made.add(workers.submit(() -> variant(cv, v.getKey(), v.getValue(), o, pdf, sources, cite, texFonts)));
        }
        List<Artifact> out = new ArrayList<>();
        List<String> reports = new ArrayList<>();
        boolean photo = false;
        for (Future<Made> f : made) {
            Made m = join(f);
            out.addAll(m.artifacts());
            if (m.fitReport() != null) reports.add(m.fitReport());
            photo |= m.photo();
        }
        long t2 = System.nanoTime();
        out.add(artifact("publications.bib", new BibWriter().write(cv.publications()), t2));
        // the .tex includes the photo by this name, so the output folder compiles anywhere
        if (photo) out.add(artifact(cv.photo().texFileName(), cv.photo().bytes(), t2));
        long t3 = System.nanoTime();
        out.add(artifact("resume.json", new JsonResumeWriter().write(cv), t3));
        return new Result(out, reports, inputs(cv, o));
    }

    /** The files this build read: profile, BibTeX files, the photo, and the project's templates and fonts. */
    private List<Path> inputs(Cv cv, Options o) {
        List<Path> in = new ArrayList<>(List.of(profileFile(o), o.profileDir().resolve("profile.yml")));
        if (o.bibs().isEmpty()) cv.profile().publications().bib().forEach(b -> in.add(o.profileDir().resolve(b)));
        else in.addAll(o.bibs());
        if (cv.photo() != null && cv.photo().fileName() != null) in.add(o.profileDir().resolve(cv.photo().fileName()));
        cv.profile().fonts().forEach(f -> in.add(o.profileDir().resolve(f)));
        in.addAll(project.themeFiles());
        return in;
    }

    /** One variant's artifacts, the fit report when it was fitted to a page limit, and whether it shows the photo. */
    private record Made(List<Artifact> artifacts, String fitReport, boolean photo) {}

    /** What every format of one variant is made from: the fitted document and its HTML, rendered once. */
    private record Job(Document doc, ThemeCatalog.Entry theme, String html, Cv cv, Options options, PdfEmitter pdf,
            List<SourceFile> sources, Citations cite, Map<String, String> texFonts) {}

    /** One output format: the file extension and how a variant becomes its bytes. */
    private record Format(String extension, java.util.function.Function<Job, byte[]> writer) {}

    /** The formats every variant is written in, one line each; adding a format is one line here. */
    private List<Format> formats() {
        return List.of(
                // the web page carries its typefaces (subset, inline); the PDF renderer has them registered
                new Format("html", j -> WebFonts.inline(j.html(), fonts, families(j.theme().theme())).getBytes(StandardCharsets.UTF_8)),
                new Format("pdf", j -> j.pdf().pdf(j.html(), j.options().profileDir(), j.doc(), Version.get(), j.sources())),
                new Format("tex", j -> templates(j.theme()).render("cv.tex.ftl", data(j.doc(), j.cite(),
                        Map.of("theme", j.theme().theme(), "sources", sources(j.cv(), j.options()), "scriptFonts", j.texFonts())))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    /** Selects one variant, fits it when it has a page limit, then renders and emits each format. */
    private Made variant(Cv cv, String name, Variant v, Options o, PdfEmitter pdf, List<SourceFile> sources, Citations cite,
            Map<String, String> texFonts) {
        ThemeCatalog.Entry theme = themes.get(themeName(cv, v, o));
        Document doc = new Selector().select(cv, name, v, o.pageSize(), Version.generator());
        doc = doc.withLayout(layout(theme.theme(), doc.layout().pageSize()));
        String report = null;
        if (v.maxPages() != null) {
            long fitStart = System.nanoTime();
            PageFit.Result fit = new PageFit(d -> measured.computeIfAbsent(render(d, theme, cite), html -> pdf.measure(html, o.profileDir())))
                    .fit(doc, v.maxPages(), Set.copyOf(v.required()), profileFile(o));
            doc = fit.document();
            if (fit.overflow() != null) {
                // other variants are never held back by this one, unless the user asked for strictness
                if (o.strict()) throw new UserError(profileFile(o), fit.overflow());
                warnings.add(Problem.of(profileFile(o), fit.overflow()));
            }
            report = fit.report() + " in " + (System.nanoTime() - fitStart) / 1_000_000 + " ms";
        }
        List<Artifact> out = new ArrayList<>();
        long t0 = System.nanoTime();
        Job job = new Job(doc, theme, render(doc, theme, cite), cv, o, pdf, sources, cite, texFonts);
        for (Format f : formats()) {
            byte[] bytes = f.writer().apply(job);
            out.add(artifact(name + "." + f.extension(), bytes, t0));
            if (f.extension().equals("pdf") && o.png()) {
                long tp = System.nanoTime();
                List<byte[]> pages = PngPreview.render(bytes, o.pngDpi());
                for (int i = 0; i < pages.size(); i++) out.add(artifact(name + "-" + (i + 1) + ".png", pages.get(i), tp));
            }
            t0 = System.nanoTime();
        }
        return new Made(out, report, doc.photo() != null);
    }

    /** Waits for a task; a user's mistake inside it surfaces as itself. */
    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    private String render(Document doc, ThemeCatalog.Entry theme, Citations cite) {
        return BidiIsolation.isolate(templates(theme).render("cv.html.ftlh", data(doc, cite, Map.of("theme", theme.theme()))));
    }

    /** What templates see: the document, and {@code cite} only when the profile names a citation style. */
    private static Map<String, Object> data(Document doc, Citations cite, Map<String, Object> more) {
        Map<String, Object> m = new HashMap<>(more);
        m.put("doc", doc);
        if (cite != null) m.put("cite", cite);
        return m;
    }

    /**
     * The papers in the profile's citation style, or null without one: citeproc-java and the style
     * are loaded only then, so a build without a style pays nothing for them.
     */
    private static Citations citations(Cv cv, Options o) {
        String style = cv.profile().publications().style();
        if (style == null) return null;
        String xml = CslStyleFile.read(style, o.profileDir().toAbsolutePath());
        if (xml == null) throw new UserError(profileFile(o), "publications.style: '" + style + "' is not a CSL style");
        CitationStyle csl;
        try {
            csl = new CitationStyle(style, xml);
        } catch (IllegalArgumentException e) {
            throw new UserError(profileFile(o), "publications.style: " + e.getMessage());
        }
        try {
            return new Citations(csl.format(cv.publications(), cv.profile().publications()));
        } catch (RuntimeException e) {
            // a style of one's own may lack a bibliography layout or use what citeproc-java cannot do
            throw new UserError(profileFile(o), "publications.style: '" + style + "' cannot write the papers: " + e.getMessage());
        }
    }

    private Templates templates(ThemeCatalog.Entry theme) {
        return templates.computeIfAbsent(theme.theme().name(), n -> {
            boolean builtIn = theme.folder().getFileSystem() != java.nio.file.FileSystems.getDefault();
            return new Templates(project.templateFolders(theme.folder()), builtIn ? n : null);
        });
    }

    /** The command line's theme, else the variant's, else the profile's, else the default. */
    private static String themeName(Cv cv, Variant v, Options o) {
        if (o.theme() != null) return o.theme();
        if (v.theme() != null) return v.theme();
        return cv.profile().theme() != null ? cv.profile().theme() : ThemeCatalog.DEFAULT;
    }

    /** The layout a theme starts from: its body size, margins, leading and section gap. */
    private static Layout layout(Theme t, String pageSize) {
        return new Layout(pageSize, t.sizes().body(), t.spacing().margin(), t.spacing().leading(), t.spacing().sectionGap());
    }

    /** The font families a theme's pages use, for the web page's @font-face rules. */
    private static List<String> families(Theme t) {
        return List.of(t.fonts().text().css(), t.fonts().headings().css(), t.fonts().name().css()).stream().distinct().toList();
    }

    private static Path profileFile(Options o) {
        return o.profileDir().resolve("profile.yaml");
    }

    /** The file names the CV was made from, for the .tex's header comment (never absolute paths). */
    private static List<String> sources(Cv cv, Options o) {
        List<String> names = new ArrayList<>(List.of("profile.yaml"));
        if (o.bibs().isEmpty()) {
            names.addAll(cv.profile().publications().bib());
        } else {
            o.bibs().forEach(b -> names.add(b.getFileName().toString()));
        }
        return names;
    }

    private static Artifact artifact(String name, byte[] bytes, long startNanos) {
        return new Artifact(name, bytes, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
