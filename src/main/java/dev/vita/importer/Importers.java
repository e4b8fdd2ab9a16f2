package dev.vita.importer;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Every format {@code vita import} reads, one line each, asked in order; the first that accepts a file reads it. */
public final class Importers {
    private static final List<Importer> ALL = List.of(
            new PdfSourceImporter(),
            new JsonResumeImporter(),
            new RenderCvImporter());

    private Importers() {}

    /** The importer for the file, chosen by its name and first bytes. */
    public static Importer forFile(Path file) {
        if (!Files.isRegularFile(file)) throw new UserError(file, "not found");
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            throw new UserError(file, "cannot be read: " + e.getMessage());
        }
        for (Importer i : ALL) {
            if (i.accepts(file, head)) return i;
        }
        throw new UserError(file, "cannot import this kind of file; vita import reads: "
                + ALL.stream().map(Importer::format).collect(Collectors.joining(", ")));
    }
}
