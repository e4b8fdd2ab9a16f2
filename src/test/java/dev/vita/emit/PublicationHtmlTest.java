package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A publication's rich text in cv.html: emphasis from BibTeX becomes em/strong, anything else a
 * .bib holds stays text (never markup), and links, badges, group headings and the cut author list show.
 */
class PublicationHtmlTest {
    static Document html;

    @BeforeAll
    static void build() throws IOException {
        Path dir = Files.createTempDirectory("vita-pubs");
        Files.writeString(dir.resolve("profile.yaml"), """
                name: Ada Lovelace
                publications:
                  groupBy: type
                  maxAuthors: 2
                """);
        Files.writeString(dir.resolve("publications.bib"), """
                @inproceedings{a,
                  author = {One*, Alice and Two, Bob and Lovelace, Ada and Four, Dan},
                  title = {\\emph{In Vitro} <b>not bold</b> \\textbf{Heavy} <script>alert(1)</script>},
                  booktitle = {Proc. of \\textit{Engines} \\& "Mills"},
                  year = {2024},
                  award = {Best Paper},
                  doi = {10.1000/x"onmouseover="alert(1)},
                  url = {https://example.org/?a=1&b=2},
                }
                @article{b, author = {Lovelace, Ada}, title = {Second}, journal = {J}, year = {2023}}
                """, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        new Build(Project.here(null), Warnings.quiet()).run(new Build.Options(dir, out, "a4", List.of(), "cv"));
        html = Jsoup.parse(out.resolve("cv.html").toFile(), "UTF-8");
    }

    @Test
    void emphasisIsMarkupAndEverythingElseIsText() {
        var title = html.select(".pub-title").get(1);
        assertEquals("In Vitro", title.select("em").text());
        assertEquals("Heavy", title.select("strong").text());
        assertTrue(title.text().contains("<b>not bold</b>"), title.outerHtml());
        assertTrue(html.select(".pub-title b, .pub-title script, script").isEmpty(), title.outerHtml());
        assertEquals("Engines", html.select(".venue-name em").get(0).text());
        // straight quotes are set as the typographer's (render/Typography), still as text
        assertEquals("Proc. of Engines & \u201CMills\u201D", html.select(".venue-name").get(1).text());
    }

    @Test
    void linksBadgesGroupsAndTheCutAuthorList() {
        assertEquals(List.of("https://doi.org/10.1000/x\"onmouseover=\"alert(1)", "https://example.org/?a=1&b=2"),
                html.select("a.link").eachAttr("href"));
        assertTrue(html.select("a.link[onmouseover]").isEmpty());
        assertEquals(List.of("Journal", "Conference", "Best Paper"), html.select(".badge").eachText());
        assertEquals(List.of("Journal Articles", "Conference Papers"), html.select(".pub-group h3").eachText());
        assertEquals("A. One*, …, A. Lovelace, et al.", html.select(".authors").get(1).text());
        assertEquals("A. Lovelace", html.select(".authors").get(1).select("strong.self").text());
        assertTrue(html.text().contains("* Equal contribution"));
    }
}
