package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.cli.Main;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes outside profile.yaml: fonts, the output folder, the variant asked for. */
class BuildProblemsTest {
    static String fail(Path workingDir) {
        return assertThrows(UserError.class, () -> new Build(new Project(null, workingDir), Warnings.quiet())
                .make(new Build.Options(Path.of("profile").toAbsolutePath(), null, "a4", List.of(), "cv"))).getMessage();
    }

    @Test
    void emptyFontsFolder(@TempDir Path wd) throws Exception {
        Files.createDirectories(wd.resolve("fonts/charis"));
        assertEquals(wd.resolve("fonts") + ": no .ttf font files in the fonts folder", fail(wd));
    }

    @Test
    void brokenFontFile(@TempDir Path wd) throws Exception {
        Files.createDirectories(wd.resolve("fonts"));
        Files.writeString(wd.resolve("fonts/Charis-Regular.ttf"), "not a font");
        assertTrue(fail(wd).startsWith(wd.resolve("fonts/Charis-Regular.ttf") + ": not a readable TrueType font: "));
    }

    @Test
    void missingFontFile(@TempDir Path wd) throws Exception {
        Files.createDirectories(wd.resolve("fonts"));
        Files.createSymbolicLink(wd.resolve("fonts/Charis-Regular.ttf"), wd.resolve("gone.ttf"));
        assertEquals(wd.resolve("fonts/Charis-Regular.ttf") + ": font file missing (a link to a file that is gone?)", fail(wd));
    }

    static String[] vita(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    @Test
    void outputFolderIsAFile(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("out"), "x");
        assertEquals(List.of("2", file + ": output folder is a file, not a folder"), List.of(vita("build", "--out", file.toString(), "--variant", "cv")));
        assertEquals("x", Files.readString(file));
    }

    @Test
    void outputFolderCannotBeCreated(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Path out = file.resolve("out");
        assertEquals(List.of("2", out + ": cannot create the output folder: " + out + ": Not a directory"),
                List.of(vita("build", "--out", out.toString(), "--variant", "cv")));
    }

    @Test
    void unknownVariant(@TempDir Path tmp) {
        String[] r = vita("build", "--out", tmp.toString(), "--variant", "nope");
        assertEquals("2", r[0]);
        assertTrue(r[1].startsWith("profile/profile.yaml: no variant 'nope' (declared: "), r[1]);
        assertFalse(Files.exists(tmp.resolve("cv.pdf")));
    }
}
