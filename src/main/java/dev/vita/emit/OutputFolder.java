package dev.vita.emit;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a build's artifacts all-or-nothing: each goes to a temporary file in the output folder
 * first, and only when every one is written are they moved into place, so a failed build leaves
 * the previous outputs byte-identical.
 */
public final class OutputFolder {
    private final Path dir;

    public OutputFolder(Path dir) {
        this.dir = dir;
    }

    /** Writes all artifacts or, on failure, none; returns the final paths. */
    public List<Path> writeAll(List<Artifact> artifacts) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UserError(dir, "output folder is a file, not a folder");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError(dir, "cannot create the output folder: " + reason(e));
        }
        if (!Files.isWritable(dir)) throw new UserError(dir, "output folder is not writable");
        List<Path> temps = new ArrayList<>();
        try {
            for (Artifact a : artifacts) {
                Path tmp = Files.createTempFile(dir, "." + a.name() + ".", ".tmp");
                temps.add(tmp);
                Files.write(tmp, a.content());
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < artifacts.size(); i++) {
                Path target = dir.resolve(artifacts.get(i).name());
                move(temps.get(i), target);
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new UserError(dir, "cannot write into the output folder: " + reason(e));
        } finally {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless; it is hidden and replaced next time
                }
            }
        }
    }

    /** Java's exception names the path again; a person wants the cause. */
    private static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " is a file, not a folder";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
