package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build leaves every file of the output folder byte-identical, whatever stage fails. */
class AtomicityTest {
    @TempDir
    static Path tmp;
    static Path profile;
    static Path out;

    @BeforeAll
    static void goodBuild() throws IOException {
        profile = tmp.resolve("profile");
        out = tmp.resolve("out");
        Files.createDirectories(profile);
        for (String f : new String[] {"profile.yaml", "publications.bib"}) {
            Files.copy(Path.of("profile", f), profile.resolve(f));
        }
        assertEquals(0, vita("build", "--profile", profile.toString(), "--out", out.toString()));
        Files.writeString(out.resolve("notes.txt"), "the user's own file\n");
    }

    static int vita(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    /** Every file below the folder, hidden ones included, by name with its SHA-256. */
    static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(f).toString(), HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    void assertFailsLeavingOutputUntouched(String... args) throws IOException {
        Map<String, String> before = hashes(out);
        assertTrue(before.keySet().containsAll(java.util.List.of("cv.pdf", "resume.pdf", "cv.html", "notes.txt")), before.toString());
        assertEquals(2, vita(args));
        assertEquals(before, hashes(out));
    }

    @Test
    void brokenYaml() throws IOException {
        Path p = copyProfile("yaml");
        Files.writeString(p.resolve("profile.yaml"), "name: [unclosed\n", java.nio.file.StandardOpenOption.APPEND);
        probe("yaml");
        assertFailsLeavingOutputUntouched("build", "--profile", p.toString(), "--out", out.toString());
    }

    @Test
    void missingBibFile() throws IOException {
        Path p = copyProfile("bib");
        Files.delete(p.resolve("publications.bib"));
        probe("bib");
        assertFailsLeavingOutputUntouched("build", "--profile", p.toString(), "--out", out.toString());
    }

    /** The cv documents render fine, the resume's template fails: nothing of the cv may be written. */
    @Test
    void templateFailingForTheSecondVariant() throws IOException {
        Path theme = tmp.resolve("theme");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("cv.html.ftlh"),
                "<html><body><p>${doc.person.name}</p><#if doc.variant == \"resume\">${doc.nosuch}</#if></body></html>");
        probe("template");
        assertFailsLeavingOutputUntouched("build", "--profile", profile.toString(), "--out", out.toString(), "--templates", theme.toString());
    }

    /** Writing fails once some artifacts are ready: a folder stands where resume.pdf goes. */
    @Test
    void anArtifactThatCannotBeWritten() throws IOException {
        Path blocker = out.resolve("resume.pdf");
        Path saved = tmp.resolve("resume.pdf.saved");
        Files.move(blocker, saved);
        try {
            Files.createDirectories(blocker);
            Files.writeString(blocker.resolve("inside.txt"), "x");
            Map<String, String> before = hashes(out);
            assertEquals(2, vita("build", "--profile", profile.toString(), "--out", out.toString()));
            assertEquals(before, hashes(out));
        } finally {
            Files.delete(blocker.resolve("inside.txt"));
            Files.delete(blocker);
            Files.move(saved, blocker);
        }
    }

    private static Path copyProfile(String name) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p);
        for (String f : new String[] {"profile.yaml", "publications.bib"}) Files.copy(profile.resolve(f), p.resolve(f));
        return p;
    }

    /** One more file per case, named after it. */
    private static void probe(String name) throws IOException {
        try (Stream<Path> old = Files.list(out)) {
            for (Path f : old.filter(f -> f.getFileName().toString().startsWith("probe-")).toList()) Files.delete(f);
        }
        Files.writeString(out.resolve("probe-" + name), name);
    }
}
