package dev.vita.importer;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an importer made of a file: the profile folder's files (relative path → bytes, in order) and the report. */
public record Imported(Map<String, byte[]> files, Report report) {
    public Imported {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }
}
