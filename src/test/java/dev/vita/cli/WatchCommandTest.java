package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vita watch rebuilds on a save, survives a broken save with the last good outputs, and recovers. */
class WatchCommandTest {
    @Test
    void rebuildsOnSaveAndKeepsTheLastGoodOutputsOnAMistake(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile);
        for (String f : new String[] {"profile.yaml", "publications.bib"}) Files.copy(Path.of("profile", f), profile.resolve(f));
        Path out = dir.resolve("out");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> Main.run(
                new String[] {"watch", "--profile", profile.toString(), "--out", out.toString(), "--variant", "cv", "--max-builds", "2"},
                new PrintWriter(stdout, true), new PrintWriter(stderr, true)));
        waitFor(() -> stdout.toString().contains("watching"), watch);
        byte[] good = Files.readAllBytes(out.resolve("cv.pdf"));

        String yaml = Files.readString(profile.resolve("profile.yaml"));
        Files.writeString(profile.resolve("profile.yaml"), yaml + "eductaion: []\n");
        waitFor(() -> stderr.toString().contains("build failed"), watch);
        assertTrue(stderr.toString().contains("unknown key 'eductaion' — did you mean 'education'?"), stderr.toString());
        assertArrayEquals(good, Files.readAllBytes(out.resolve("cv.pdf")), "the last good PDF stays");

        Files.writeString(profile.resolve("profile.yaml"), yaml.replace("Seattle", "Seattle, WA"));
        assertEquals(0, watch.get(60, TimeUnit.SECONDS));
        assertTrue(stdout.toString().lines().filter(l -> l.startsWith("rebuilt")).count() >= 2, stdout.toString());
        assertTrue(Files.readString(out.resolve("cv.html")).contains("Seattle, WA"));
    }

    private static void waitFor(BooleanSupplier condition, CompletableFuture<Integer> watch) throws InterruptedException {
        long end = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (watch.isDone() || System.currentTimeMillis() > end) throw new AssertionError("watch stopped or timed out");
            Thread.sleep(20);
        }
    }
}
