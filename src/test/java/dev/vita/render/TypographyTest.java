package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The typographer's details on user text: quotes, units with their numbers, no lone last word. */
class TypographyTest {
    @Test
    void apostrophesAndQuotesCurl() {
        assertEquals("Zoom’s AI", Typography.apply("Zoom's AI"));
        assertEquals("students’ work", Typography.apply("students' work"));
        assertEquals("the ’90s", Typography.apply("the '90s"));
        assertEquals("a “fast” path", Typography.apply("a \"fast\" path"));
        assertEquals("‘quoted’ here", Typography.apply("'quoted' here"));
        assertEquals("(“x”)", Typography.apply("(\"x\")"));
    }

    @Test
    void aNumberStaysWithItsUnit() {
        assertEquals("a 0.9\u00A0B", Typography.apply("a 0.9 B"));
        assertEquals("in 3\u00A0ms", Typography.apply("in 3 ms"));
        assertEquals("uses 10\u00A0GB", Typography.apply("uses 10 GB"));
        assertEquals("2\u00A0× faster", Typography.apply("2 × faster"));
        assertEquals("from 2019 to", Typography.apply("from 2019 to"), "a year before a word is no unit");
        assertEquals("8 Bits", Typography.apply("8 Bits"), "a unit is a whole word");
    }

    @Test
    void aShortLastWordIsNotLeftAlone() {
        assertEquals("A title of six words or more, long enough to\u00A0wrap", Typography.apply("A title of six words or more, long enough to wrap"));
        assertEquals("Parallel Computer Architecture Design", Typography.apply("Parallel Computer Architecture Design"));
        assertEquals("C++ Rust", Typography.apply("C++ Rust"), "labels of few words may break anywhere");
        assertEquals("ends with a verylongwordthatwouldstillwrap", Typography.apply("ends with a verylongwordthatwouldstillwrap"));
    }

    @Test
    void addressesAreLeftAsWritten() {
        assertEquals("https://example.org/it's", Typography.apply("https://example.org/it's"));
        assertEquals("o'brien@example.org", Typography.apply("o'brien@example.org"));
        assertEquals("mailto:o'brien@example.org", Typography.apply("mailto:o'brien@example.org"));
    }
}
