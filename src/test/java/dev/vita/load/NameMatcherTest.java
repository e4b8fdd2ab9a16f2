package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The person's own name is found in every spelling papers use, and a different person is not. */
class NameMatcherTest {
    private final NameMatcher jp = new NameMatcher("Jean-Pierre Müller", List.of());
    private final NameMatcher hc = new NameMatcher("Hangrui Cao", List.of("H. Cao"));

    private static boolean matches(NameMatcher m, String bibName) {
        String[] parts = Names.parts(bibName);
        LatexDecoder d = new LatexDecoder(n -> {});
        return m.matches(d.plain(parts[0]), d.plain(parts[1]));
    }

    @Test
    void hyphenatedGivenNamesInitialsDiacriticsAndOrder() {
        for (String s : List.of("Müller, Jean-Pierre", "Jean-Pierre M{\\\"u}ller", "J.-P. Muller", "Muller, J. P.", "MÜLLER, JEAN-PIERRE",
                "Jean Pierre Müller", "M\\\"{u}ller, J.")) {
            assertTrue(matches(jp, s), s);
        }
        for (String s : List.of("Müller, Hans", "Jean-Paul Müller", "Miller, Jean-Pierre", "K. Müller")) {
            assertFalse(matches(jp, s), s);
        }
    }

    @Test
    void familyFirstWithoutACommaAndAliases() {
        assertTrue(matches(hc, "Cao Hangrui"));
        assertTrue(matches(hc, "Cao, H."));
        assertTrue(matches(hc, "Hang-Rui Cao"));
        // "H. Cao" as an alias claims every H. Cao; without it a different given name is someone else
        assertTrue(matches(hc, "Hao Cao"));
        assertFalse(matches(new NameMatcher("Hangrui Cao", List.of()), "Hao Cao"));
        assertFalse(matches(hc, "Cao, Y."));
    }
}
