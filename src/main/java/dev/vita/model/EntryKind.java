package dev.vita.model;

import java.util.List;
import java.util.Locale;

/**
 * How a section lays out its entries; each kind has one template per route
 * ({@code templates/entries/<kind>.ftlh} and {@code .tex.ftl}). Publications have a kind of their own.
 */
public enum EntryKind {
    /** Title, organization, location, date column, summary, details, bullet highlights, link. */
    DETAILED,
    /** A label on the left and one line of text (skills, languages, interests). */
    ONELINE,
    /** One bullet point per entry. */
    BULLET,
    /** One paragraph per entry. */
    TEXT,
    /** Numbered entries, the first numbered 1. */
    NUMBERED,
    /** A paper read from BibTeX. */
    PUBLICATION;

    /** The kinds a custom section may name. */
    public static final List<String> USER_KINDS = List.of("detailed", "oneline", "bullet", "text", "numbered");

    /** The name templates and profiles use: "detailed", "oneline", ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a name stands for, or null. */
    public static EntryKind of(String id) {
        if (id == null) return null;
        for (EntryKind k : values()) {
            if (k.id().equals(id.strip().toLowerCase(Locale.ROOT))) return k;
        }
        return null;
    }
}
