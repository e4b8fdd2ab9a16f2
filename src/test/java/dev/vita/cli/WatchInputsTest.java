package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 7: watch missed edits of a --bib outside the profile folder, never watched a
 * profile folder deleted and made again, and rebuilt forever with --out inside the profile folder.
 */
class WatchInputsTest {
    static final String BIB = "@article{a, title = {First Title}, author = {Example, Ada}, year = 2024}\n";

    /** A running watch and what it printed. */
    record Watch(CompletableFuture<Integer> done, StringWriter out, StringWriter err) {
        long builds() {
            return out.toString().lines().filter(l -> l.startsWith("rebuilt")).count();
        }

        void waitFor(BooleanSupplier condition) throws InterruptedException {
            long end = System.currentTimeMillis() + 60_000;
            while (!condition.getAsBoolean()) {
                if (done.isDone() || System.currentTimeMillis() > end) throw new AssertionError("watch stopped or timed out: " + out + err);
                Thread.sleep(20);
            }
        }
    }

    static Watch watch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("watch", "--variant", "cv"));
        all.addAll(List.of(args));
        return new Watch(CompletableFuture.supplyAsync(() -> Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true))),
                out, err);
    }

    static Path profile(Path dir, String bibLine) throws IOException {
        Path p = dir.resolve("profile");
        Files.createDirectories(p);
        Files.writeString(p.resolve("profile.yaml"), "name: Ada Example\n" + bibLine);
        return p;
    }

    @Test
    void watchMissesABibOutsideTheProfileFolder(@TempDir Path dir) throws Exception {
        Path p = profile(dir, "");
        Path bib = dir.resolve("elsewhere/papers.bib");
        Files.createDirectories(bib.getParent());
        Files.writeString(bib, BIB);
        Path out = dir.resolve("out");
        Watch w = watch("--profile", p.toString(), "--bib", bib.toString(), "--out", out.toString(), "--max-builds", "1");
        w.waitFor(() -> w.out().toString().contains("watching"));
        Files.writeString(bib, BIB.replace("First Title", "Second Title"));
        assertEquals(0, w.done().get(60, TimeUnit.SECONDS));
        assertTrue(Files.readString(out.resolve("cv.html")).contains("Second Title"));
    }

    @Test
    void watchMissesABibEntryOutsideTheProfileFolder(@TempDir Path dir) throws Exception {
        Path bib = dir.resolve("shared/papers.bib");
        Files.createDirectories(bib.getParent());
        Files.writeString(bib, BIB);
        Path p = profile(dir, "publications:\n  bib: [../shared/papers.bib]\n");
        Path out = dir.resolve("out");
        Watch w = watch("--profile", p.toString(), "--out", out.toString(), "--max-builds", "1");
        w.waitFor(() -> w.out().toString().contains("watching"));
        Files.writeString(bib, BIB.replace("First Title", "Second Title"));
        assertEquals(0, w.done().get(60, TimeUnit.SECONDS));
        assertTrue(Files.readString(out.resolve("cv.html")).contains("Second Title"));
    }

    @Test
    void watchLoopsWithOutInsideTheProfileFolder(@TempDir Path dir) throws Exception {
        Path p = profile(dir, "");
        // (--out = the profile folder itself is refused from the second build on: the export it
        // wrote, publications.bib, is then an input)
        for (Path out : List.of(p.resolve("out"), p.resolve("out/deeper"))) {
            Watch w = watch("--profile", p.toString(), "--out", out.toString(), "--max-builds", "1");
            w.waitFor(() -> w.out().toString().contains("watching"));
            Thread.sleep(1500);
            assertEquals(1, w.builds(), "only the first build, no rebuild on its own outputs: " + w.out());
            Files.writeString(p.resolve("profile.yaml"), "name: Ada Changed " + out.getFileName() + "\n");
            assertEquals(0, w.done().get(60, TimeUnit.SECONDS));
            assertEquals(2, w.builds(), w.out().toString());
            assertTrue(Files.readString(out.resolve("cv.html")).contains("Ada Changed " + out.getFileName()));
        }
    }

    @Test
    void watchForgetsAProfileFolderDeletedAndMadeAgain(@TempDir Path dir) throws Exception {
        Path p = profile(dir, "");
        Path out = dir.resolve("out");
        Watch w = watch("--profile", p.toString(), "--out", out.toString(), "--max-builds", "3");
        w.waitFor(() -> w.out().toString().contains("watching"));
        try (Stream<Path> files = Files.walk(p)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        w.waitFor(() -> w.err().toString().contains("build failed"));
        Files.createDirectories(p);
        Files.writeString(p.resolve("profile.yaml"), "name: Ada Returns\n");
        w.waitFor(() -> {
            try {
                return Files.readString(out.resolve("cv.html")).contains("Ada Returns");
            } catch (IOException e) {
                return false;
            }
        });
        Files.writeString(p.resolve("profile.yaml"), "name: Ada Again\n");
        assertEquals(0, w.done().get(60, TimeUnit.SECONDS));
        assertTrue(Files.readString(out.resolve("cv.html")).contains("Ada Again"));
    }
}
