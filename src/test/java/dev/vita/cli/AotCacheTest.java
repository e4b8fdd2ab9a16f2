package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-user ahead-of-time cache: named after the jar's content, trained by one build at a time, put in place whole. */
class AotCacheTest {
    @Test
    void theCacheIsNamedAfterTheJarsContent(@TempDir Path dir) throws IOException {
        Path a = jar(dir.resolve("a.jar"), "one");
        Path sameContent = jar(dir.resolve("b.jar"), "one");
        Path other = jar(dir.resolve("c.jar"), "two");
        assertNotNull(AotCache.jarId(a));
        assertEquals(AotCache.jarId(a), AotCache.jarId(sameContent));
        assertNotEquals(AotCache.jarId(a), AotCache.jarId(other));
        Files.writeString(dir.resolve("not.jar"), "not a zip");
        assertNull(AotCache.jarId(dir.resolve("not.jar")));
        assertNotEquals(AotCache.forJar(a, dir.resolve("cache")).file(), AotCache.forJar(other, dir.resolve("cache")).file());
    }

    @Test
    void oneBuildTrainsAtATimeAndTheCacheAppearsWholeOrNotAtAll(@TempDir Path dir) throws IOException {
        AotCache cache = AotCache.forJar(jar(dir.resolve("vita.jar"), "x"), dir.resolve("cache"));
        assertFalse(cache.ready());
        try (AotCache.Training first = cache.train()) {
            assertNotNull(first);
            assertNull(cache.train(), "a second build trains while the first does");
            assertFalse(first.commit(), "nothing assembled, nothing to put in place");
            Files.write(first.partial(), new byte[] {1, 2, 3});
            assertFalse(cache.ready(), "a partial cache is never used");
            assertTrue(first.commit());
        }
        assertTrue(cache.ready());
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            assertEquals(0, files.filter(p -> p.toString().endsWith(".tmp")).count(), "no partial files left");
        }
        try (AotCache.Training next = cache.train()) {
            assertNotNull(next, "the lock is released after a training");
        }
    }

    @Test
    void onlyTheMostRecentCachesAreKept(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("cache");
        Files.createDirectories(folder);
        for (int i = 0; i < 6; i++) {
            Path old = Files.write(folder.resolve("vita-1-" + i + ".aot"), new byte[] {1});
            Files.setLastModifiedTime(old, FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        AotCache cache = AotCache.forJar(jar(dir.resolve("vita.jar"), "x"), folder);
        try (AotCache.Training t = cache.train()) {
            Files.write(t.partial(), new byte[] {1});
            assertTrue(t.commit());
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(AotCache.KEEP, files.filter(p -> p.toString().endsWith(".aot")).count());
        }
        assertTrue(cache.ready());
        assertTrue(Files.exists(folder.resolve("vita-1-5.aot")));
        assertFalse(Files.exists(folder.resolve("vita-1-0.aot")));
    }

    @Test
    void onlyAPlainBuildTrains() {
        assertTrue(Launcher.trains(new String[] {"build", "--out", "x"}));
        assertFalse(Launcher.trains(new String[] {"build", "--help"}));
        assertFalse(Launcher.trains(new String[] {"watch"}));
        assertFalse(Launcher.trains(new String[] {"--version"}));
        assertFalse(Launcher.trains(new String[] {}));
    }

    private static Path jar(Path path, String content) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path))) {
            JarEntry e = new JarEntry("x.txt");
            e.setTime(1_700_000_000_000L); // the same content makes the same jar, whenever it is written
            out.putNextEntry(e);
            OutputStream o = out;
            o.write(content.getBytes());
            out.closeEntry();
        }
        return path;
    }
}
