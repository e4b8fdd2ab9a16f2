package dev.vita.emit;

import java.util.Locale;

/**
 * A file the document was made from (profile.yaml, a .bib), carried inside the PDF as a PDF/A-3
 * associated file. The name is relative to the profile folder, with forward slashes.
 */
public record SourceFile(String name, byte[] bytes) {
    /** The media type written into the PDF, from the file's extension. */
    public String mediaType() {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) return "application/yaml";
        if (n.endsWith(".bib")) return "application/x-bibtex";
        return "application/octet-stream";
    }
}
