package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;

/**
 * Random Unicode through the escaper: the result is always ASCII TeX (other scripts as themselves inside
 * \vitatext, for XeLaTeX and LuaLaTeX) with every special character
 * neutralised, and one batch of it compiles on every engine, pdfLaTeX warning (never failing) on
 * characters it cannot show.
 */
class LatexEscaperPropertyTest {

    @Property(tries = 2000)
    void escapedTextIsAsciiWithBalancedBracesAndNoLiveSpecials(@ForAll("unicode") String s) {
        String tex = withoutVitacharSamples(LatexEscaper.escape(s));
        assertTrue(tex.chars().allMatch(c -> c >= 0x20 && c < 0x7F), tex);
        int depth = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++; // an escaped character or the first letter of a command
                continue;
            }
            assertFalse("#$%&^_".indexOf(c) >= 0, () -> "live '" + c + "' in " + tex);
            if (c == '{') depth++;
            if (c == '}') depth--;
            assertTrue(depth >= 0, tex);
        }
        assertEquals(0, depth, tex);
        // a tie (~) only ever stands for a no-break space
        assertEquals(s.chars().filter(c -> c == 0xA0).count(), tex.replace("\\~", "").chars().filter(c -> c == '~').count(), tex);
    }

    @Property(tries = 1, shrinking = ShrinkingMode.OFF)
    void aBatchOfRandomTextCompilesOnEveryEngine(@ForAll @Size(200) List<@From("unicode") String> texts) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String t : texts) body.append(LatexEscaper.escape(t)).append("\\par\n");
        // every character the escaper knows a command for, and one it does not (U+4E2D)
        StringBuilder known = new StringBuilder();
        for (int cp = 0x80; cp < 0x3000; cp++) {
            String one = LatexEscaper.escape(Character.toString(cp));
            if (!one.isBlank() && !one.contains("\\vitachar")) known.appendCodePoint(cp).append(' ');
        }
        body.append(LatexEscaper.escape(known.toString())).append("\\par\n").append(LatexEscaper.escape("中")).append('\n');
        int compiled = 0;
        for (String engine : TexEngine.ALL) {
            if (!TexEngine.installed(engine)) {
                if ("1".equals(System.getenv("VITA_REQUIRE_TEX"))) TexEngine.assumeInstalled(engine);
                System.out.println(engine + " is not installed: batch not compiled with it");
                continue;
            }
            Path dir = Files.createTempDirectory("vita-batch-" + engine);
            Path tex = Files.writeString(dir.resolve("batch.tex"),
                    LatexCompileTest.preamble() + "\\sloppy\n" + body + "\\end{document}\n", StandardCharsets.UTF_8);
            TexEngine.Result r = TexEngine.compile(engine, tex, 1);
            assertEquals(0, r.exit(), () -> engine + ": " + TexEngine.firstError(r.log()) + " in " + tex);
            assertFalse(r.log().contains("Missing character"), () -> engine + " lacks a glyph; see " + r.pdf());
            assertTrue(r.log().contains("Package vita Warning: Character U+4E2D"), engine + " did not warn about U+4E2D");
            TexEngine.assertOutlineFontsOnly(r);
            assertTrue(r.text().contains("Ł"), engine + ": known characters not printed");
            compiled++;
        }
        net.jqwik.api.Assume.that(compiled > 0);
    }

    /** Strings from all of Unicode, weighted towards what CVs hold and what TeX treats specially. */
    @Provide
    Arbitrary<String> unicode() {
        Arbitrary<Integer> any = Arbitraries.integers().between(0, 0x10FFFF);
        Arbitrary<Integer> latin = Arbitraries.integers().between(0x20, 0x24F);
        Arbitrary<Integer> punctuation = Arbitraries.integers().between(0x2000, 0x22FF);
        Arbitrary<Integer> special = Arbitraries.of("\\{}$&#^_~%<>|\"`[]-',!?\n\t ".codePoints().boxed().toList());
        Arbitrary<Integer> combining = Arbitraries.integers().between(0x300, 0x36F);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, any), net.jqwik.api.Tuple.of(4, latin), net.jqwik.api.Tuple.of(2, punctuation),
                        net.jqwik.api.Tuple.of(3, special), net.jqwik.api.Tuple.of(1, combining))
                .list().ofMaxSize(24)
                .map(cps -> {
                    StringBuilder sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
    }

    /** \vitachar's second argument carries the original character for readers; TeX never typesets it ... */
    private static String withoutVitacharSamples(String tex) {
        // ... and \vitatext's second argument is the text itself, for XeLaTeX and LuaLaTeX
        return tex.replaceAll("\\\\vitachar\\{U\\+[0-9A-F]{4,6}\\}\\{[^}]*\\}", "\\\\vitachar{}{}")
                .replaceAll("\\\\vitatext\\{([a-z]+)\\}\\{[^{}]*\\}", "\\\\vitatext{$1}{}");
    }
}
