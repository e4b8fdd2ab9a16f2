package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.load.ProfileSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vita validate, vita schema and vita new, as a person runs them. */
class CommandsTest {
    @Test
    void validateChecksTheSampleAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path copy = tmp.resolve("profile");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(Path.of("profile"))) {
            for (Path f : files.toList()) Files.copy(f, copy.resolve(f.getFileName()));
        }
        MainTest.Run r = MainTest.vita("validate", "--profile", copy.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(": ok ("), r.out());
        try (Stream<Path> after = Files.walk(tmp)) {
            assertEquals(4, after.count(), "validate wrote something"); // tmp, profile/ and its two files
        }
    }

    @Test
    void schemaPrintsTheGeneratedSchema() {
        MainTest.Run r = MainTest.vita("schema");
        assertEquals(0, r.code());
        assertEquals(ProfileSchema.json(), r.out());
        assertTrue(r.out().contains("\"properties\""));
    }

    @Test
    void newWritesAStarterThatBuildsAndNeverOverwrites(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("me");
        MainTest.Run r = MainTest.vita("new", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(dir.resolve("profile.yaml")).startsWith("# yaml-language-server: $schema=profile.schema.json"));
        assertEquals(ProfileSchema.json(), Files.readString(dir.resolve("profile.schema.json")));
        MainTest.Run build = MainTest.vita("build", "--profile", dir.toString(), "--out", tmp.resolve("out").toString(), "--variant", "cv");
        assertEquals(0, build.code(), build.err());
        assertEquals("", build.err(), "the starter builds without warnings");
        assertTrue(Files.size(tmp.resolve("out/cv.pdf")) > 1000);
        Files.writeString(dir.resolve("profile.yaml"), "name: Mine\n");
        MainTest.Run again = MainTest.vita("new", dir.toString());
        assertEquals(2, again.code());
        assertEquals(dir.resolve("profile.yaml") + ": already exists; vita new never overwrites a profile", again.err().strip());
        assertEquals("name: Mine\n", Files.readString(dir.resolve("profile.yaml")));
    }
}
