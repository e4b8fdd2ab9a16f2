package dev.vita.model;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A BibTeX entry as its source gives it, ready for export: lower-case field names, values as raw
 * LaTeX with macros, concatenation and crossref resolved, role markers taken out of the author
 * field (they travel as {@code author+an}). Also where it was read, for messages.
 */
public record BibEntry(Path file, int line, String type, String key, Map<String, String> fields) {
    public BibEntry {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
