package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 6: a long word (a 300-letter token, a German compound as a skill group's label,
 * a long URL) was cut off at the page edge in the PDF and scrolled the HTML sideways. Every
 * character must print, and none outside the page — on the HTML route and on every TeX engine.
 */
class LongWordsTest {
    static final Path PROFILE = Path.of("src/test/resources/profiles/long-words");
    static final List<String> WORDS = List.of("Supercalifragilistic".repeat(15), "Containerorchestrierungsplattformen",
            "Kubernetesclusterverwaltungswerkzeuge", "https://example.org/a/very/long/path/that/goes/on/and/on/without/any/spaces/at/all/index.html",
            "Donaudampfschifffahrtsgesellschaftskapitaensmuetzenabzeichen");
    static Path out;

    @BeforeAll
    static void build(@TempDir Path dir) {
        out = dir;
        new Build(Project.here(null), Warnings.quiet()).run(new Build.Options(PROFILE, out, "a4", List.of(), "cv"));
    }

    /** The text of a PDF without the spaces, line ends and hyphens a line break may add. */
    static String joined(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf).replaceAll("[\\s\\-\u2010]", "");
    }

    /** Characters whose glyph lies, even partly, outside its page. */
    static List<String> offPage(PDDocument pdf) throws IOException {
        List<String> off = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                float w = getCurrentPage().getMediaBox().getWidth();
                if (t.getXDirAdj() < -0.5 || t.getXDirAdj() + t.getWidthDirAdj() > w + 0.5) off.add(t.getUnicode());
                super.processTextPosition(t);
            }
        };
        s.getText(pdf);
        return off;
    }

    static void assertWhole(PDDocument pdf, String route) throws IOException {
        String text = joined(pdf);
        for (String w : WORDS) assertTrue(text.contains(w.replace("-", "")), route + " lost part of " + w.substring(0, 20) + "…");
        assertEquals(List.of(), offPage(pdf), route + ": characters off the page");
    }

    @Test
    void textClippedAtThePageEdge_pdf() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("cv.pdf").toFile())) {
            assertWhole(pdf, "cv.pdf");
        }
    }

    /** Browsers break a long word only when told; the page must never scroll sideways. */
    @Test
    void textClippedAtThePageEdge_htmlBreaksLongWords() throws IOException {
        var html = Jsoup.parse(out.resolve("cv.html").toFile(), "UTF-8");
        String css = html.select("style").html().replaceAll("\\s+", " ");
        assertTrue(css.contains("body { word-wrap: break-word; overflow-wrap: anywhere; }"), css);
        for (String w : WORDS) assertTrue(html.text().contains(w), w);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdflatex", "xelatex", "lualatex"})
    void textClippedAtThePageEdge_latex(String engine, @TempDir Path dir) throws IOException {
        TexEngine.assumeInstalled(engine);
        Path tex = Files.writeString(dir.resolve("cv.tex"), Files.readString(out.resolve("cv.tex"), StandardCharsets.UTF_8));
        TexEngine.Result r = TexEngine.compile(engine, tex, 1);
        assertEquals(0, r.exit(), () -> TexEngine.firstError(r.log()));
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            assertWhole(pdf, engine);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            // LuaLaTeX made its ligatures across "-{}-": two hyphens printed as a dash
            assertTrue(text.contains("a--b"), engine + ": " + text);
            // typography made the apostrophes quotation marks; two of them stay two on every engine
            assertTrue(text.contains("\u2018\u2019x\u2019\u2019"), engine + ": " + text);
        }
    }
}
