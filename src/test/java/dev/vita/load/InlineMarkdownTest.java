package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.model.RichText;
import dev.vita.model.RichText.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline Markdown as Vita reads it: the styles it knows, everything else text, links checked, depth bounded. */
class InlineMarkdownTest {
    private static List<Span> spans(String md) {
        InlineMarkdown.Result r = InlineMarkdown.parse(md);
        assertEquals(List.of(), r.errors());
        return r.text().spans();
    }

    @Test
    void textWithoutMarkupStaysExactlyAsWritten() {
        for (String plain : List.of("C++ & Rust, 3 × 4 = 12", "1. not a list", "# not a heading", "- not a bullet",
                "snake_case_name", "a * b * c", "Transformer→Mamba · 0.9 B", "  spaced  out  ")) {
            assertEquals(plain, InlineMarkdown.parse(plain).text().text(), plain);
            assertFalse(InlineMarkdown.parse(plain).text().isStyled(), plain);
        }
    }

    @Test
    void boldItalicCodeAndLinksBecomeStyledSpans() {
        assertEquals(List.of(new Span("a ", false, false), new Span("bold", false, true), new Span(" and ", false, false),
                new Span("italic", true, false), new Span(" ", false, false), new Span("x < y", false, false, true, null)),
                spans("a **bold** and *italic* `x < y`"));
        assertEquals(List.of(new Span("see ", false, false), new Span("the site", false, false, false, "https://example.org/a?b=1")),
                spans("see [the site](https://example.org/a?b=1)"));
        assertEquals(List.of(new Span("at ", false, false), new Span("https://example.org/x", false, false, false, "https://example.org/x")),
                spans("at https://example.org/x"));
        assertEquals(List.of(new Span("mail", false, false, false, "mailto:a@example.org")), spans("[mail](mailto:a@example.org)"));
    }

    @Test
    void rawHtmlIsTextAndBadLinksAreRefused() {
        assertEquals("<b>x</b> <script>alert(1)</script>", InlineMarkdown.parse("<b>x</b> <script>alert(1)</script>").text().text());
        InlineMarkdown.Result r = InlineMarkdown.parse("[click](javascript:alert(1)) and [file](file:///etc/passwd)");
        assertEquals(2, r.errors().size(), r.errors().toString());
        assertTrue(r.text().spans().stream().allMatch(s -> s.url() == null), "a refused link stayed a link");
        assertNull(InlineMarkdown.parse(null).text());
    }

    @Test
    void deepNestingIsAWarningNeverAStackOverflow() {
        String deep = "*".repeat(20_000) + "x" + "*".repeat(20_000) + " " + "[".repeat(20_000) + "y" + "](https://a.org)".repeat(3);
        InlineMarkdown.Result r = InlineMarkdown.parse(deep + " " + "**a *b **c *d **e *f **g *h **i *j **k *l **m *n x* y** z* q** r* s** t* u** v* w** o* p** ")
        ;
        assertTrue(r.text().text().contains("x"));
        String nested = "_a ".repeat(40) + "core" + " a_".repeat(40);
        InlineMarkdown.Result n = InlineMarkdown.parse(nested);
        assertTrue(n.text().text().contains("core"));
        assertFalse(n.warnings().isEmpty(), "forty levels of emphasis should warn");
    }
}
