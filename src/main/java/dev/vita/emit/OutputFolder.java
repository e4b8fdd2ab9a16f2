package dev.vita.emit;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a build's artifacts all-or-nothing: each goes to a temporary file in the output folder
 * first, and only when every one is written are they moved into place, so a failed build leaves
 * the previous outputs byte-identical.
 *
 * <p>Temporary files are named {@code .NAME.PID.N.tmp} and the second names of replaced files
 * {@code .NAME.PID.N.old}, after the process that made them: a build killed half-way leaves them
 * behind, and the next build removes those whose process is gone (a build running beside it in the
 * same folder keeps its own). New files get the mode the umask gives any new file; a file that is
 * replaced keeps its mode.
 */
public final class OutputFolder {
    /** A hidden leftover of a build: its artifact name, the process that wrote it, and the kind. */
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.(\\d+)\\.(\\d+)\\.(tmp|old)");
    private static final long PID = ProcessHandle.current().pid();

    private final Path dir;
    private long sequence;

    public OutputFolder(Path dir) {
        this.dir = dir;
    }

    /** Writes all artifacts or, on failure, none; returns the final paths. */
    public List<Path> writeAll(List<Artifact> artifacts) {
        return writeAll(artifacts, List.of());
    }

    /**
     * Writes all artifacts or, on failure, none; refuses (exit 2, nothing written) when an artifact
     * would replace one of {@code inputs}, the files the build read, under whatever name or link.
     */
    public List<Path> writeAll(List<Artifact> artifacts, List<Path> inputs) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new UserError(dir, "output folder is a file, not a folder");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UserError(dir, "cannot create the output folder: " + reason(e));
        }
        if (!Files.isWritable(dir)) throw new UserError(dir, "output folder is not writable");
        for (Artifact a : artifacts) refuseInput(dir.resolve(a.name()), inputs);
        removeLeftovers();
        List<Path> temps = new ArrayList<>();
        List<Path[]> replaced = new ArrayList<>();
        List<Path> moved = new ArrayList<>();
        boolean done = false;
        try {
            for (Artifact a : artifacts) {
                Path target = dir.resolve(a.name());
                if (Files.isDirectory(target)) throw new UserError(target, "is a folder; cannot write " + a.name() + " over it");
                Path tmp = hidden(a.name(), "tmp");
                // created as any new file is (mode from the umask), not as a private temporary file
                Files.write(tmp, a.content(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                temps.add(tmp);
                keepMode(target, tmp);
            }
            // every new file is on disk: keep a second name for each old one, so a failed move can put
            // it back; the old file stays in place until the new one replaces it in one rename, so a
            // viewer (or vita watch's reader) never finds it missing
            for (Artifact a : artifacts) {
                Path target = dir.resolve(a.name());
                if (Files.exists(target)) {
                    Path backup = hidden(a.name(), "old");
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

    /** A hidden name beside the artifact that no other build, in this process or another, uses. */
    private Path hidden(String name, String kind) {
        Path p;
        do {
            p = dir.resolve("." + name + "." + PID + "." + (++sequence) + "." + kind);
        } while (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        return p;
    }

    /** A file that is replaced keeps its mode (a chmod 644 for a web server stays). */
    private static void keepMode(Path target, Path tmp) throws IOException {
        if (!Files.isRegularFile(target)) return;
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: modes are not ours to keep
        }
    }

    /** An output never replaces a file the build read, whatever path or link leads to it. */
    private static void refuseInput(Path target, List<Path> inputs) {
        if (!Files.exists(target)) return;
        for (Path in : inputs) {
            try {
                if (Files.exists(in) && Files.isSameFile(target, in)) {
                    throw new UserError(target, "is an input of this build; an output never replaces an input: choose another --out");
                }
            } catch (IOException e) {
                // unreadable: cannot be the same file the build just read
            }
        }
    }

    /**
     * Removes the hidden files of builds that were killed: their process is gone. Files of a build
     * still running beside this one (another process alive) and of this process are left alone.
     */
    private void removeLeftovers() {
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (!m.matches()) continue;
                long pid = Long.parseLong(m.group(2));
                if (pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                stale.add(p);
            }
        } catch (IOException | NumberFormatException e) {
            return; // best effort: leftovers are hidden and harmless
        }
        stale.forEach(OutputFolder::deleteQuietly);
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
        if (e instanceof java.nio.file.NoSuchFileException) {
            // createDirectories makes missing parents, so the system refused this one (such as below /proc)
            return "the file system does not allow a folder there (no such file or directory)";
        }
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
