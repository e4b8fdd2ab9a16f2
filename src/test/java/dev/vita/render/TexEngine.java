package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vita.SampleBuild;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a real TeX engine on a .tex file in its own folder, as a user would. A missing engine skips
 * the test with a message, or fails it when VITA_REQUIRE_TEX=1 (CI).
 */
final class TexEngine {
    static final List<String> ALL = List.of("pdflatex", "xelatex", "lualatex");
    private static final Map<String, Result> SAMPLES = new HashMap<>();

    private TexEngine() {}

    /** What one compile left behind. */
    record Result(String engine, int exit, String log, Path pdf, long millis) {
        /** The PDF's text in reading order, whitespace collapsed. */
        String text() {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static boolean installed(String engine) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, engine))) return true;
        }
        return false;
    }

    /** Skips (or, with VITA_REQUIRE_TEX=1, fails) the calling test when the engine is not installed. */
    static void assumeInstalled(String engine) {
        if (installed(engine)) return;
        if ("1".equals(System.getenv("VITA_REQUIRE_TEX"))) fail(engine + " is not installed, and VITA_REQUIRE_TEX=1 requires it");
        Assumptions.abort(engine + " is not installed: skipping (VITA_REQUIRE_TEX=1 makes this a failure)");
    }

    /** Compiles {@code tex} in its folder, {@code passes} times, without shell escape. */
    static Result compile(String engine, Path tex, int passes) {
        return compile(engine, tex, passes, "-no-shell-escape");
    }

    static Result compile(String engine, Path tex, int passes, String shellEscape) {
        Path dir = tex.getParent();
        String name = tex.getFileName().toString();
        long t0 = System.nanoTime();
        int exit = 0;
        try {
            for (int i = 0; i < passes && exit == 0; i++) {
                ProcessBuilder pb = new ProcessBuilder(engine, "-interaction=nonstopmode", "-halt-on-error", shellEscape, name)
                        .directory(dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve(engine + ".out").toFile());
                // TeX Live's default: \input may open any file, so an injection that got through would show
                pb.environment().put("openin_any", "a");
                Process p = pb.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    fail(engine + " did not finish " + name + " within 120 s");
                }
                exit = p.exitValue();
            }
            String base = name.substring(0, name.length() - 4);
            Path log = dir.resolve(base + ".log");
            String logText = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
            return new Result(engine, exit, logText, dir.resolve(base + ".pdf"), (System.nanoTime() - t0) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The sample's cv.tex compiled twice (for "page n / N") with this engine, once per test run. */
    static synchronized Result sample(String engine) {
        return SAMPLES.computeIfAbsent(engine, e -> {
            try {
                Path dir = Files.createTempDirectory("vita-tex-" + e);
                Path tex = Files.copy(SampleBuild.out().resolve("cv.tex"), dir.resolve("cv.tex"));
                Result r = compile(e, tex, 2);
                System.out.printf("%s: sample cv.tex, two passes, %d ms%n", e, r.millis());
                return r;
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
    }

    /** The first installed engine, pdfLaTeX preferred; skips when there is none. */
    static String anyEngine() {
        for (String e : ALL) {
            if (installed(e)) return e;
        }
        assumeInstalled("pdflatex");
        return "pdflatex";
    }

    /** The run succeeded and the log holds no overfull box, missing glyph, undefined reference or warning. */
    static void assertClean(Result r) {
        assertEquals(0, r.exit(), () -> r.engine() + " failed: " + firstError(r.log()));
        for (String bad : List.of("Overfull \\hbox", "Overfull \\vbox", "Missing character", "undefined", "Warning")) {
            assertFalse(r.log().contains(bad), () -> r.engine() + " log has '" + bad + "': " + around(r.log(), bad));
        }
    }

    /** Every font is embedded and none is a Type 3 bitmap (what a missing Type 1 glyph falls back to). */
    static void assertOutlineFontsOnly(Result r) {
        try (PDDocument doc = Loader.loadPDF(r.pdf().toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertFalse(f instanceof PDType3Font, () -> r.engine() + ": bitmap (Type 3) font " + f.getName());
                    assertTrue(f.isEmbedded(), () -> r.engine() + ": font not embedded: " + f.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text compared across PDFs: compatibility forms (ligatures) folded, all whitespace and hyphens dropped. */
    static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC)
                .replace(". . .", "…").replace("...", "…")
                .replace('’', '\'')
                .replaceAll("[\\s\\-\u00AD\u2010\u2011]+", "");
    }

    static String firstError(String log) {
        int i = log.indexOf("\n!");
        return i < 0 ? "(no error in log)" : log.substring(i, Math.min(log.length(), i + 400));
    }

    private static String around(String log, String s) {
        int i = log.indexOf(s);
        return log.substring(Math.max(0, i - 200), Math.min(log.length(), i + 300));
    }
}
