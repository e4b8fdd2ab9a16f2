package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Compiles the sample's cv.tex with pdfLaTeX, XeLaTeX and LuaLaTeX and reads the PDFs with PDFBox. */
class LatexCompileTest {

    @ParameterizedTest
    @ValueSource(strings = {"pdflatex", "xelatex", "lualatex"})
    void sampleCompilesWithACleanLog(String engine) {
        TexEngine.assumeInstalled(engine);
        TexEngine.Result r = TexEngine.sample(engine);
        TexEngine.assertClean(r);
        TexEngine.assertOutlineFontsOnly(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdflatex", "xelatex", "lualatex"})
    void pdfCarriesMetadataLinksPageNumbersAndTheBoldOwnName(String engine) throws IOException {
        TexEngine.assumeInstalled(engine);
        TexEngine.Result r = TexEngine.sample(engine);
        try (PDDocument pdf = Loader.loadPDF(r.pdf().toFile())) {
            var info = pdf.getDocumentInformation();
            assertEquals("Hangrui Cao — Curriculum Vitae", info.getTitle());
            assertEquals("Hangrui Cao", info.getAuthor());
            assertEquals("Machine Learning Engineer · LLM Inference & Systems", info.getSubject());
            assertTrue(info.getKeywords().startsWith("LLM inference systems, Speculative decoding"), info.getKeywords());
            assertTrue(info.getCreator().matches("Vita \\d+\\.\\d+.*"), info.getCreator());

            int n = pdf.getNumberOfPages();
            assertTrue(n >= 2, "the full CV runs over one page");
            assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()), "A4");
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (int i = 1; i <= n; i++) assertTrue(text.contains(i + " / " + n), "page number " + i + " / " + n);
            assertTrue(text.contains("* Equal contribution"), "legend");

            List<String> uris = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
                }
            }
            assertTrue(uris.contains("mailto:hangruic@alumni.cmu.edu"), uris.toString());

            // the person's own name is set in a bold face in every author list; co-authors are not
            FontsOf fonts = new FontsOf();
            fonts.getText(pdf);
            assertEquals(4, fonts.fontsOf("H. Cao").stream().filter(f -> f.contains("Bold")).count(), fonts.fontsOf("H. Cao").toString());
            assertTrue(fonts.fontsOf("Q. Pan").stream().noneMatch(f -> f.contains("Bold")), fonts.fontsOf("Q. Pan").toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdflatex", "xelatex", "lualatex"})
    void accentsAndTypographyPrintAsWritten(String engine, @TempDir Path dir) throws IOException {
        TexEngine.assumeInstalled(engine);
        String words = "Łódź café Müller Ørsted façade — 1–2 it’s “quoted” a · b 3 × 4 x → y ≥ 5 and so on… Ærø İ ğ š ő ą";
        Path tex = dir.resolve("u.tex");
        Files.writeString(tex, preamble() + LatexEscaper.escape(words) + "\n\\end{document}\n", StandardCharsets.US_ASCII);
        TexEngine.Result r = TexEngine.compile(engine, tex, 1);
        assertEquals(0, r.exit(), () -> TexEngine.firstError(r.log()));
        assertFalse(r.log().contains("Missing character"), r.log());
        assertFalse(r.log().contains("Package vita Warning"), "a character fell back to ?");
        TexEngine.assertOutlineFontsOnly(r);
        assertTrue(TexEngine.squash(r.text()).contains(TexEngine.squash(words)), r.text());
    }

    /** The sample's preamble, through \begin{document}: the same set-up every route test uses. */
    static String preamble() throws IOException {
        String tex = Files.readString(SampleBuild.out().resolve("cv.tex"), StandardCharsets.UTF_8);
        int i = tex.indexOf("\\begin{document}");
        // lastpage and fancyhdr need two passes for "n / N"; these small documents take the plain style
        return tex.substring(0, i) + "\\begin{document}\n\\pagestyle{empty}\n";
    }

    /** Collects the font of every character, to ask which faces set a given string. */
    private static final class FontsOf extends PDFTextStripper {
        private final StringBuilder chars = new StringBuilder();
        private final List<String> fonts = new ArrayList<>();

        FontsOf() throws IOException {}

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                chars.append(p.getUnicode().isEmpty() ? " " : p.getUnicode().substring(0, 1));
                fonts.add(p.getFont().getName());
            }
            chars.append(' ');
            fonts.add("");
        }

        List<String> fontsOf(String s) {
            List<String> out = new ArrayList<>();
            for (int i = chars.indexOf(s); i >= 0; i = chars.indexOf(s, i + 1)) out.add(fonts.get(i));
            return out;
        }
    }
}
