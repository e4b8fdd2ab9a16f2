package dev.vita.importer;

import java.nio.file.Path;
import java.util.Map;

/** One format {@code vita import} reads: it knows its files and turns one into the files of a profile folder. */
public interface Importer {
    /** What the format is called in messages, such as "PDF with embedded sources". */
    String format();

    /** Whether this importer reads the file, judged by its name and first bytes. */
    boolean accepts(Path file, byte[] head);

    /** The profile folder's files (relative path → bytes) made from the file; a user's mistake is a UserError. */
    Map<String, byte[]> read(Path file);
}
