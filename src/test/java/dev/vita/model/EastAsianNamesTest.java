package dev.vita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 12: a family-first name in Chinese, Japanese or Korean script is never abbreviated into nonsense. */
class EastAsianNamesTest {
    @Test
    void aKoreanNameWrittenFamilyFirstStaysWhole() {
        Author a = new Author("재필", "최", Set.of(), false);
        assertEquals("최재필", a.initialsName()); // not "재. 최"
        assertEquals("최재필", a.fullName());
        assertEquals("최재필", a.familyFirst());
    }

    @Test
    void latinNamesAreAbbreviatedAsBefore() {
        assertEquals("J.-P. Dupont", new Author("Jean-Pierre", "Dupont", Set.of(), false).initialsName());
    }
}
