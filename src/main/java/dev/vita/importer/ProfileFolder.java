package dev.vita.importer;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Writes imported files into a new or empty folder, never outside it and never over anything. */
public final class ProfileFolder {
    private ProfileFolder() {}

    /** Imports {@code file} into {@code dir} with the importer its type calls for; returns the files written. */
    public static Imported importInto(Path file, Path dir) {
        refuseNonEmpty(dir);
        Importer importer = Importers.forFile(file);
        Imported imported = importer.read(file);
        Map<String, byte[]> files = imported.files();
        Path root = dir.toAbsolutePath().normalize();
        for (String name : files.keySet()) {
            Path target = root.resolve(name).normalize();
            if (name.isBlank() || name.contains("\\") || Path.of(name).isAbsolute() || !target.startsWith(root)
                    || target.equals(root) || name.chars().anyMatch(Character::isISOControl)) {
                throw new UserError(file, "holds a file named '" + name + "' that is not a plain relative path; nothing written");
            }
        }
        try {
            for (var e : files.entrySet()) {
                Path target = root.resolve(e.getKey()).normalize();
                Files.createDirectories(target.getParent());
                Files.write(target, e.getValue());
            }
        } catch (IOException e) {
            throw new UserError(dir, "cannot write the imported files: " + e.getMessage());
        }
        return imported;
    }

    private static void refuseNonEmpty(Path dir) {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new UserError(dir, "exists and is not a folder; give a new or empty folder with --to");
        try (Stream<Path> s = Files.list(dir)) {
            if (s.findAny().isPresent()) throw new UserError(dir, "is not empty; give a new or empty folder with --to");
        } catch (IOException e) {
            throw new UserError(dir, "cannot be read: " + e.getMessage());
        }
    }
}
