package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parses the sample's cv.html as a browser would and checks facts and markup. */
class SampleHtmlTest {
    static Document html;

    @BeforeAll
    static void parse() throws IOException {
        html = Jsoup.parse(SampleBuild.out().resolve("cv.html").toFile(), "UTF-8");
    }

    @Test
    void holdsTheFacts() {
        String text = html.text();
        for (String s : List.of("Contextual Client Selection", "E-Tamba", "Birds of a Feather Help", "Automatic Image Colorization",
                "Carnegie Mellon University", "Shanghai Jiao Tong University", "WebLLM & MLC-LLM", "Zoom", "* Equal contribution")) {
            assertTrue(text.contains(s), () -> "cv.html lacks: " + s);
        }
        assertEquals("Hangrui Cao — Curriculum Vitae", html.title());
    }

    @Test
    void ownNameIsBoldInEveryAuthorList() {
        var lists = html.select(".authors");
        assertEquals(4, lists.size());
        for (var authors : lists) {
            assertEquals("H. Cao", authors.select("strong.self").text(), authors.outerHtml());
        }
    }

    @Test
    void marksAreSuperscriptsAfterPanAndCao() {
        var marks = html.select(".authors sup.mark");
        assertEquals(4, marks.size());
        for (var m : marks) {
            String before = m.previousElementSibling() != null && m.previousSibling() == m.previousElementSibling()
                    ? m.previousElementSibling().text() : m.previousSibling().toString().trim().replaceAll(".*, ", "");
            assertTrue(before.endsWith("Pan") || before.endsWith("Cao"), before);
        }
    }

    @Test
    void emailIsAMailtoLink() {
        assertEquals(1, html.select("a[href=mailto:hangruic@alumni.cmu.edu]").size());
    }
}
