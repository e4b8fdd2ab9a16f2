package dev.vita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Dates and words per locale, and the profile's overrides on top. */
class LabelsTest {
    private static PartialDate d(String s) {
        return PartialDate.parse(s);
    }

    @Test
    void datesPrintInTheDocumentsLanguage() {
        Labels en = Labels.of(null, null);
        Labels de = Labels.of("de", null);
        assertEquals("Mar 2024", en.date(d("2024-03")));
        assertEquals("März 2024", de.date(d("2024-03")));
        assertEquals("15. März 2024", de.date(d("2024-03-15")));
        assertEquals("15 Mar 2024", en.date(d("2024-03-15")));
        assertEquals("Jan – Jun 2024", en.range(d("Jan 2024"), d("Jun 2024")));
        assertEquals("Okt. 2022 – heute", de.range(d("2022-10"), d("present")));
        assertEquals("heute", de.range(null, d("present"))); // spelt as in the range above (issue 14, item 9)
        assertEquals("Frühjahr 2022", de.date(d("Spring 2022")));
        assertEquals("2024年3月", Labels.of("zh", null).date(d("2024-03")));
        assertEquals("2023年1月 – 2024年6月", Labels.of("ja", null).range(d("2023-01"), d("2024-06")));
        assertEquals("2024년 3월 15일", Labels.of("ko", null).date(d("2024-03-15")));
        assertEquals("mars 2024", Labels.of("fr", null).date(d("2024-03")));
    }

    @Test
    void everyLocaleHasEveryWordAndOverridesWin() {
        for (String l : Labels.LOCALES) {
            java.util.Properties p = new java.util.Properties();
            try (var in = Labels.class.getResourceAsStream("/vita/labels/" + l + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertEquals(Labels.keys(), new java.util.TreeSet<>(p.stringPropertyNames()), l + " has other keys than en");
        }
        assertNotEquals(Labels.of("en", null).get("awards"), Labels.of("de", null).get("awards"));
        Labels custom = Labels.of("de", Map.of("present", "jetzt", "awards", "Preise"));
        assertEquals("Preise", custom.get("awards"));
        assertEquals("März 2024 – jetzt", custom.range(d("2024-03"), d("present")));
        assertEquals("de", custom.locale());
    }
}
