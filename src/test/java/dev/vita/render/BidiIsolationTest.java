package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Bidi;
import org.junit.jupiter.api.Test;

/** Issue 14, item 10: a U+202E in a field must not reverse its neighbours in the HTML. */
class BidiIsolationTest {
    /** The levels a browser gives a paragraph made of the field between two neighbours. */
    private static String neighbourLevels(String html) {
        String text = html.replaceAll("<[^>]*>", "");
        Bidi b = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
        int after = text.indexOf("after");
        StringBuilder levels = new StringBuilder();
        for (int i = 0; i < "before".length(); i++) levels.append(b.getLevelAt(i));
        for (int i = after; i < after + "after".length(); i++) levels.append(b.getLevelAt(i));
        return levels.toString();
    }

    @Test
    void aRightToLeftOverrideInAFieldReversesNotItsNeighbours() {
        String html = "<p>before <span>evil \u202Etext</span> after</p>";
        assertTrue(neighbourLevels(html).contains("1") || neighbourLevels(html).contains("2"), "the unisolated field must show the defect");
        String isolated = BidiIsolation.isolate(html);
        assertEquals("00000000000", neighbourLevels(isolated), isolated);
        assertTrue(isolated.contains("\u2068evil \u202Etext\u202C\u2069"), isolated);
    }

    @Test
    void latinTextIsLeftByteForByte() {
        String html = "<p>Zürich — “quoted” · 2024</p>";
        assertEquals(html, BidiIsolation.isolate(html));
    }

    @Test
    void anArabicNameKeepsTheSeparatorsAroundItInPlace() {
        String isolated = BidiIsolation.isolate("<p>2024 <b>مهندس</b> · Seattle</p>");
        assertTrue(isolated.contains("<b>\u2068مهندس\u2069</b>"), isolated);
    }
}
