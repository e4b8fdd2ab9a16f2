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
        List<Path[]> replaced = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        boolean done = false;
        try {
            for (Artifact a : artifacts) {
                Path target = dir.resolve(a.name());
                if (Files.isDirectory(target)) throw new UserError(target, "is a folder; cannot write " + a.name() + " over it");
                Path tmp = Files.createTempFile(dir, "." + a.name() + ".", ".tmp");
                temps.add(tmp);
                Files.write(tmp, a.content());
            }
            // every new file is on disk: keep a second name for each old one, so a failed move can put
            // it back; the old file stays in place until the new one replaces it in one rename, so a
            // viewer (or vita watch's reader) never finds it missing
            for (Artifact a : artifacts) {
                Path target = dir.resolve(a.name());
                if (Files.exists(target)) {
                    Path backup = dir.resolve("." + a.name() + "." + System.nanoTime() + ".old");
                    keep(target, backup);
                    replaced.add(new Path[] {target, backup});
                }
            }
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < artifacts.size(); i++) {
                Path target = dir.resolve(artifacts.get(i).name());
                move(temps.get(i), target);
                moved.add(target);
                written.add(target);
            }
            done = true;
            return written;
        } catch (IOException e) {
            throw new UserError(dir, "cannot write into the output folder: " + reason(e));
        } finally {
            if (!done) rollBack(moved, replaced);
            for (Path t : temps) deleteQuietly(t);
            if (done) replaced.forEach(r -> deleteQuietly(r[1]));
        }
    }

    /** Puts the previous outputs back after a failed move; best effort, the error is already on its way. */
    private static void rollBack(List<Path> moved, List<Path[]> replaced) {
        moved.forEach(OutputFolder::deleteQuietly);
        for (Path[] r : replaced) {
            try {
                move(r[1], r[0]);
            } catch (IOException ignored) {
                // the backup stays beside the target, hidden, rather than being lost
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden temporary file is harmless and replaced next time
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

    /** A hard link where the file system has them (no copy), else a copy. */
    private static void keep(Path target, Path backup) throws IOException {
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
