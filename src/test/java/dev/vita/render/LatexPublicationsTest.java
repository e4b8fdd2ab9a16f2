package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.SampleBuild;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Publications in the LaTeX route: the sample's author roles and legend in cv.tex and in the PDF
 * pdfLaTeX makes of it, and rich text, links, badges and groups compiling cleanly.
 */
class LatexPublicationsTest {

    @Test
    void sampleRolesAndLegendInTheSourceAndInThePdf() throws IOException {
        String tex = Files.readString(SampleBuild.out().resolve("cv.tex"));
        assertEquals(2, count(tex, "\\cvself{H. Cao}\\cvmark{*}"));
        assertEquals(2, count(tex, "Q. Pan\\cvmark{*}"));
        assertEquals(5, count(tex, "\\cvmark{"), "four marks, and the legend's symbol set as a mark");
        assertEquals(1, count(tex, "\\cvlegend{\\cvmark{*} Equal contribution}"));
        TexEngine.assumeInstalled("pdflatex");
        String text = TexEngine.sample("pdflatex").text();
        assertEquals(2, count(text, "Q. Pan*"), text);
        assertEquals(2, count(text, "H. Cao*"), text);
        assertTrue(text.contains("* Equal contribution"), text);
    }

    @Test
    void richTextLinksBadgesAndGroupsCompile() throws IOException {
        Path dir = Files.createTempDirectory("vita-tex-pubs");
        Files.writeString(dir.resolve("profile.yaml"), """
                name: Ada Lovelace
                publications:
                  groupBy: type
                  numbered: true
                  maxAuthors: 2
                """);
        Files.writeString(dir.resolve("publications.bib"), """
                @inproceedings{a,
                  author = {One*, Alice and Two, Bob and Lovelace$^\\dagger$, Ada and Four, Dan},
                  title = {\\emph{In Vitro} Engines with $\\alpha$-Nets and \\textbf{Heavy} 100\\% {BERT} \\{x\\}},
                  booktitle = {Proc. of \\textit{Engines} \\& Mills},
                  year = {2024},
                  award = {Best Paper},
                  doi = {10.1000/x_1%2},
                  url = {https://example.org/?a=1&b=2#top},
                }
                @article{b, author = {Lovelace, Ada}, title = {Second}, journal = {J}, year = {2023}}
                """);
        Path out = dir.resolve("out");
        new Build(Project.here(null), Warnings.quiet()).run(new Build.Options(dir, out, "a4", List.of(), "cv"));
        String tex = Files.readString(out.resolve("cv.tex"));
        assertTrue(tex.contains("\\emph{In Vitro}"), tex);
        assertTrue(tex.contains("\\textbf{Heavy}"), tex);
        assertTrue(tex.contains("\\cvgroup{Journal Articles}") && tex.contains("\\cvgroup{Conference Papers}"), tex);
        assertTrue(tex.contains("\\cvaward{Best Paper}"), tex);
        TexEngine.assumeInstalled("pdflatex");
        TexEngine.Result r = TexEngine.compile("pdflatex", out.resolve("cv.tex"), 1);
        assertEquals(0, r.exit(), () -> TexEngine.firstError(r.log()));
        String text = r.text().replaceAll("\\. \\. \\.\\s*", "…");
        for (String s : List.of("In Vitro Engines with α-Nets and Heavy 100% BERT {x}", "A. One*, …, A. Lovelace†, et al.",
                "Proc. of Engines & Mills", "Best Paper", "DOI", "URL", "[2]", "[1]", "Journal Articles", "Conference Papers",
                "* Equal contribution; † Corresponding author")) {
            assertTrue(text.contains(s), () -> "PDF lacks '" + s + "': " + text);
        }
    }

    private static int count(String s, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
