package dev.vita.importer;

import java.nio.file.Path;

/** One format {@code vita import} reads: it knows its files and turns one into the files of a profile folder. */
public interface Importer {
    /** What the format is called in messages, such as "PDF with embedded sources". */
    String format();

    /** Whether this importer reads the file, judged by its name and first bytes. */
    boolean accepts(Path file, byte[] head);

    /** The profile folder's files made from the file, with the report of what was carried; a user's mistake is a UserError. */
    Imported read(Path file);
}
