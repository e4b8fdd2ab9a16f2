package dev.vita.model;

import java.util.List;
import java.util.Locale;

/**
 * A section with a title of the person's own ("Selected Talks", "Perfil Profesional"): placed after
 * the standard sections unless a variant orders it, and addressed by its id.
 */
public record CustomSection(
        @Required @Doc("The section's heading.") String title,
        @Doc("How variants and labels name it; default: the title in lower case, other characters as '-'.") String id,
        @Doc("detailed, oneline, bullet, text or numbered; default: inferred from the entries.") String kind,
        @Required @Doc("The entries: mappings (detailed or one-line) or plain strings (bullet, text, numbered).") List<Entry> entries) {

    public CustomSection {
        entries = Lists.copy(entries);
    }

    /** The id variants use: the explicit one, else derived from the title ("Selected Talks" → selected-talks). */
    public String sectionId() {
        if (id != null && !id.isBlank()) return id.strip();
        return derivedId(title);
    }

    /** Lower case, runs of characters other than letters and digits as one '-', none at either end. */
    public static String derivedId(String title) {
        String s = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }
}
