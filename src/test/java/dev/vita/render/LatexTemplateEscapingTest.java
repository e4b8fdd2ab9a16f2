package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A *.tex.ftl template escapes every interpolation for LaTeX; only ?no_esc and texurl() write raw TeX. */
class LatexTemplateEscapingTest {

    @Test
    void interpolationsAreEscapedAndRawTexNeedsNoEsc(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.tex.ftl"), "\\textbf{${s}} ${s?no_esc} \\href{${texurl(u)}}{${u}}");
        String out = new Templates(List.of(dir)).render("t.tex.ftl", Map.of("s", "\\input{x} 100% #1", "u", "https://e.org/a_b?c=1&d=%20#f"));
        assertEquals("\\textbf{\\textbackslash{}input\\{x\\} 100\\% \\#1} \\input{x} 100% #1 "
                + "\\href{https://e.org/a\\_b?c=1\\&d=\\%20\\#f}{https://e.org/a\\_b?c=1\\&d=\\%20\\#f}", out);
    }

    @Test
    void htmlTemplatesStillEscapeHtml(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), "<p>${s}</p>");
        assertEquals("<p>&lt;b&gt;\\input{x}</p>", new Templates(List.of(dir)).render("t.ftlh", Map.of("s", "<b>\\input{x}")));
    }
}
