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
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * publications.style: three CSL styles, each with Vita's roles on top (the own name as the style writes it
 * there: "Ada Lovelace" second, "Lovelace, Ada" first in Chicago), checked in cv.html (jsoup),
 * in cv.pdf (PDFBox: the text and the bold face of the own name) and in cv.tex compiled by a real engine.
 */
class CitationStylesTest {

    /** One build of a two-paper profile in a style; the person is the second author of the first paper. */
    static Path build(String style) throws IOException {
        Path dir = Files.createTempDirectory("vita-style-" + style);
        Files.writeString(dir.resolve("profile.yaml"), """
                name: Ada Lovelace
                publications:
                  style: %s
                  maxAuthors: 1
                  macros: {babbage: "Charles Babbage"}
                """.formatted(style));
        Files.writeString(dir.resolve("publications.bib"), """
                @article{engine,
                  author    = {\\babbage and Lovelace, Ada and Somerville, Mary},
                  author+an = {1=equal; 2=equal,corresponding},
                  title     = {Notes on the Analytical Engine},
                  journal   = {Scientific Memoirs},
                  volume    = {3},
                  pages     = {666--731},
                  year      = {1843},
                  doi       = {10.1000/engine},
                  note      = {Oral},
                }
                @inproceedings{mill,
                  author    = {Lovelace, Ada},
                  title     = {The Mill},
                  booktitle = {Proc. of Engines},
                  year      = {1842},
                }
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        new Build(Project.here(null), Warnings.quiet()).run(new Build.Options(dir, out, "a4", List.of(), "cv"));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apa                 | Babbage, C.* | Lovelace, A. | Lovelace, A. | Lovelace, A.*† | Babbage, C.*, Lovelace, A.*†, & Somerville, M. (1843). Notes on the Analytical Engine. Scientific Memoirs, 3, 666–731.",
        "ieee                | C. Babbage*  | A. Lovelace  | A. Lovelace  | A. Lovelace*†  | C. Babbage*, A. Lovelace*†, and M. Somerville, “Notes on the Analytical Engine,” Scientific Memoirs, vol. 3, pp. 666–731, 1843",
        "chicago-author-date | Babbage, Charles* | Ada Lovelace | Lovelace, Ada | Ada Lovelace*† | Babbage, Charles*, Ada Lovelace*†, and Mary Somerville. 1843. “Notes on the Analytical Engine.” Scientific Memoirs 3:666–731."})
    void rolesStayOnTopOfTheStyle(String style, String first, String self, String selfFirst, String selfMarked, String start) throws IOException {
        Path out = build(style);
        Document html = Jsoup.parse(out.resolve("cv.html").toFile(), "UTF-8");
        var cited = html.select(".pub-cited");
        assertEquals(2, cited.size(), html.select(".section-publications").outerHtml());
        String text = cited.get(0).text();
        assertTrue(text.startsWith(start), text);
        assertEquals(List.of(self, selfFirst), html.select(".pub-cited strong.self").eachText());
        assertEquals(List.of("*", "*†"), cited.get(0).select("sup.mark").eachText());
        assertTrue(text.startsWith(first), text);
        // the legend (every author shown: maxAuthors is Vita's own format's), the badges and the links stay
        assertEquals("* Equal contribution; † Corresponding author", html.select(".legend .what").text());
        assertEquals(List.of("Journal", "Oral", "Conference"), html.select(".badge").eachText());
        assertEquals("https://doi.org/10.1000/engine", html.select("a.link").get(0).attr("href"));

        try (PDDocument pdf = Loader.loadPDF(out.resolve("cv.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String pdfText = stripper.getText(pdf).replaceAll("\\s+", " ");
            assertTrue(pdfText.contains(first), pdfText);
            assertTrue(pdfText.contains(selfMarked), pdfText);
            assertEquals(List.of(self, selfFirst), boldRuns(pdf), "the own name is the only bold text of the list");
        }

        String tex = Files.readString(out.resolve("cv.tex"));
        assertTrue(tex.contains("\\cvself{" + self + "}\\cvmark{*\\textdagger{}}"), tex);
        Path dir = Files.createTempDirectory("vita-style-tex");
        Path copy = Files.copy(out.resolve("cv.tex"), dir.resolve("cv.tex"));
        TexEngine.assumeInstalled("pdflatex");
        TexEngine.Result r = TexEngine.compile("pdflatex", copy, 2);
        TexEngine.assertClean(r);
        String latexPdf = r.text();
        assertTrue(latexPdf.contains(first), latexPdf);
        assertTrue(latexPdf.contains(selfMarked), latexPdf);
    }

    /** The runs of bold text after the "Publications" heading, as PDFBox reads the faces. */
    private static List<String> boldRuns(PDDocument pdf) throws IOException {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean[] inList = {false};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (text.contains("Publications")) {
                    inList[0] = true;
                    return;
                }
                if (!inList[0]) return;
                for (TextPosition p : positions) {
                    boolean bold = p.getFont().getName() != null && p.getFont().getName().contains("Bold");
                    if (bold) {
                        run.append(p.getUnicode());
                    } else if (run.length() > 0) {
                        runs.add(run.toString());
                        run.setLength(0);
                    }
                }
                if (run.length() > 0) {
                    runs.add(run.toString());
                    run.setLength(0);
                }
            }
        };
        s.setSortByPosition(true);
        s.getText(pdf);
        return runs;
    }
}
