package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The AAS journal table against its fixture, the astronomers' math macros, and the profile's own macros. */
class MacrosTest {
    private final List<String> unknown = new ArrayList<>();
    private final LatexDecoder latex = new LatexDecoder(unknown::add);

    @Test
    void everyAasJournalMacroPrintsItsAbbreviation() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/macros/aas_journals.txt"))) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] p = line.split(" ", 2);
            expected.put(p[0], p[1]);
        }
        assertEquals(expected.keySet(), AasMacros.JOURNALS.keySet(), "the table is the fixture's, no more, no less");
        expected.forEach((macro, abbreviation) -> {
            assertEquals(abbreviation, latex.plain("{\\" + macro + "}"), macro);
            assertEquals(abbreviation + " 123", latex.plain("\\" + macro + " 123"), macro);
        });
        assertEquals(List.of(), unknown);
    }

    @Test
    void astronomersMathPrintsAsText() {
        assertEquals("z > 2, T ≲ 20 K, L ≳ 10⁹ L☉", latex.plain("$z\\gt 2$, $T\\lesssim 20$ K, $L \\gtrsim 10^9\\,L_\\sun$"));
        assertEquals("1″.5 and 3° and 5μm", latex.plain("1\\farcs5 and 3\\degr{} and 5\\micron"));
        assertEquals("Fe\u00A0II and M⊙", latex.plain("\\ion{Fe}{2} and M$_\\odot$"));
        assertEquals(List.of(), unknown);
    }

    @Test
    void profileMacrosWithAndWithoutArgument() {
        UserMacros m = new UserMacros(Map.of("zhouj", "J. Zhou", "student", "#1", "me", "\\emph{Ada}", "loop", "\\loop!"));
        assertEquals("J. Zhou and Hangrui Cao", m.expand("{\\zhouj} and Hangrui Cao"), "a group of only the macro loses its braces");
        assertEquals("J. Zhou+", m.expand("\\zhouj+"));
        assertEquals("X. Li contributed", m.expand("\\student{X. Li} contributed"));
        assertEquals("X contributed", m.expand("\\student X contributed"), "without braces the argument is one character");
        assertEquals("by \\emph{Ada}", m.expand("by \\me"));
        assertEquals("\\zhoujx \\{\\zhouj\\}", m.expand("\\zhoujx \\{\\zhouj\\}").replace("J. Zhou", "\\zhouj"), "only whole names; escaped braces stay");
        String looped = m.expand("\\loop");
        assertEquals("\\loop" + "!".repeat(UserMacros.MAX_DEPTH), looped, "a macro using itself stops expanding");
        assertEquals(null, m.expand(null));
    }
}
