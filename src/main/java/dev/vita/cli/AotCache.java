package dev.vita.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * JDK 25's ahead-of-time cache (JEP 483/514/515) for one jar on one JVM, kept per user in
 * {@code $XDG_CACHE_HOME/vita} (or {@code ~/.cache/vita}), never beside the jar, which may be read-only.
 * A cache is valid only for the JVM build and the class path it was made with, so its file name
 * carries both: a hash of the JVM (home, build) and one of the jar's central directory (the CRC of
 * every entry), and a new JDK or a rebuilt jar simply finds no cache and trains a new one. The
 * JVM checks the jar's size and time itself as well and ignores a cache that does not match.
 *
 * <p>Training happens on a user's first {@code vita build}: that run records which classes it
 * loads and how its methods behave, then the launcher assembles the cache from the record into
 * a temporary file and renames it into place, so a reader sees a whole cache or none. One build
 * trains at a time (a lock file); a second one started meanwhile runs without a cache.
 */
final class AotCache {
    /** Caches kept: the most recent ones, for a user who switches between a few JDKs or jars. */
    static final int KEEP = 4;

    private final Path folder;
    private final Path file;

    private AotCache(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** The cache for this jar on the running JVM, or null when there is no usable cache folder. */
    static AotCache forJar(Path jar) {
        return forJar(jar, folder());
    }

    /** The cache for this jar on the running JVM, kept in {@code folder}. */
    static AotCache forJar(Path jar, Path folder) {
        if (folder == null) return null;
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
        String jvm = crc((System.getProperty("java.home") + "\0" + System.getProperty("java.vm.version") + "\0"
                + System.getProperty("os.arch")).getBytes(StandardCharsets.UTF_8));
        String id = jarId(jar);
        return id == null ? null : new AotCache(folder, folder.resolve("vita-" + jvm + "-" + id + ".aot"));
    }

    /** {@code $XDG_CACHE_HOME/vita} when that is an absolute path, else {@code ~/.cache/vita}. */
    static Path folder() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "vita");
        String home = System.getProperty("user.home");
        return home == null || home.isBlank() || home.equals("?") ? null : Path.of(home, ".cache", "vita");
    }

    Path file() {
        return file;
    }

    /** A cache made for this JVM and jar exists (a partial one never has this name). */
    boolean ready() {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The JVM flags that run with the cache. JDK 25 maps a cache at a random address and then
     * relocates every pointer in it (tens of megabytes), which costs a cold start 0.1–0.3 s here;
     * mapped where it was made, it is ready at once. Address randomisation of class metadata is
     * worth little to a short-lived command that runs the user's own files.
     */
    List<String> useFlags() {
        return List.of("-XX:AOTCache=" + file, "-XX:+UnlockDiagnosticVMOptions", "-XX:ArchiveRelocationMode=0");
    }

    /** Starts a training, or returns null when another build is training right now. */
    Training train() {
        try {
            FileChannel channel = FileChannel.open(folder.resolve("training.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return null;
            }
            return new Training(channel);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** One training: the record made by a build, then the cache assembled from it. */
    final class Training implements AutoCloseable {
        private final FileChannel lock;
        private final Path config;
        private final Path partial;

        private Training(FileChannel lock) {
            this.lock = lock;
            long pid = ProcessHandle.current().pid();
            this.config = folder.resolve(file.getFileName() + "." + pid + ".aotconf.tmp");
            this.partial = folder.resolve(file.getFileName() + "." + pid + ".tmp");
            removeLeftovers();
        }

        /**
         * The flags of the build that records. The recording JVM says so on standard output, which
         * belongs to the build's own lines, and no logging flag silences it; VM output off does.
         */
        List<String> recordFlags() {
            return List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config, "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:-DisplayVMOutput");
        }

        /** Where the assembling JVM writes the cache; moved into place by {@link #commit}. */
        Path partial() {
            return partial;
        }

        /** The flags of the JVM that assembles the cache from the record. */
        List<String> createFlags() {
            return List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + config, "-XX:AOTCache=" + partial);
        }

        /** Where the assembling JVM writes what it says (read only when something went wrong). */
        Path log() {
            return folder.resolve("training.log");
        }

        /** Puts the assembled cache in place; false when there is none to put. */
        boolean commit() {
            try {
                if (!Files.isRegularFile(partial) || Files.size(partial) == 0) return false;
                Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                prune();
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        /** Deletes the record and any partial cache, and lets the next build train. */
        @Override
        public void close() {
            try {
                Files.deleteIfExists(config);
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                // a leftover is removed by the next training
            }
            try {
                lock.close();
            } catch (IOException e) {
                // the lock goes with the process anyway
            }
        }

        /** Records and partial caches of trainings that were killed; only one training runs, and it is this. */
        private void removeLeftovers() {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException | RuntimeException e) {
                // best effort
            }
        }

        /** Keeps the most recently made caches; older JDKs' and jars' caches go. */
        private void prune() throws IOException {
            List<Path> caches = new ArrayList<>();
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.getFileName().toString().matches("vita-[0-9a-f]+-[0-9a-f]+\\.aot")).forEach(caches::add);
            }
            caches.sort(Comparator.comparing(AotCache::modified).reversed());
            for (int i = KEEP; i < caches.size(); i++) {
                if (!caches.get(i).equals(file)) Files.deleteIfExists(caches.get(i));
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * The jar's identity: a CRC of its central directory, which lists every entry with its own CRC
     * and size, so any change to any class changes it; read in a few hundred microseconds where
     * hashing the 13 MB jar would cost a cold JVM a noticeable part of its start.
     */
    static String jarId(Path jar) {
        try (RandomAccessFile f = new RandomAccessFile(jar.toFile(), "r")) {
            long size = f.length();
            int tail = (int) Math.min(size, 22 + 65_535);
            byte[] end = new byte[tail];
            f.seek(size - tail);
            f.readFully(end);
            for (int i = tail - 22; i >= 0; i--) {
                if (end[i] == 0x50 && end[i + 1] == 0x4b && end[i + 2] == 5 && end[i + 3] == 6) {
                    long cdSize = u32(end, i + 12);
                    long cdOffset = u32(end, i + 16);
                    if (cdSize <= 0 || cdOffset + cdSize > size || cdSize > (64 << 20)) return null;
                    byte[] cd = new byte[(int) cdSize];
                    f.seek(cdOffset);
                    f.readFully(cd);
                    CRC32 crc = new CRC32();
                    crc.update(cd);
                    return Long.toHexString(crc.getValue()) + Long.toHexString(size);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static String crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }
}
