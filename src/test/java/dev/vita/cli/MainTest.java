package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's exit codes and messages. */
class MainTest {
    record Run(int code, String out, String err) {}

    static Run vita(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildOfTheSampleExitsZeroAndListsEachArtifact(@TempDir Path out) {
        Run r = vita("build", "--out", out.toString(), "--variant", "cv");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("cv.pdf") && l.matches(".*\\d+(\\.\\d)? (KiB|B) +\\d+ ms")), r.out());
        assertTrue(Files.exists(out.resolve("cv.pdf")));
    }

    @Test
    void missingProfileFolderExitsTwoWithOneLineNamingIt(@TempDir Path out) {
        Run r = vita("build", "--profile", "no/such/dir", "--out", out.toString());
        assertEquals(2, r.code());
        assertEquals("no/such/dir: profile folder not found", r.err().strip());
        assertFalse(r.err().contains("Exception"));
    }

    @Test
    void letterPageSize(@TempDir Path out) throws Exception {
        Run r = vita("build", "--out", out.toString(), "--variant", "cv", "--page-size", "letter");
        assertEquals(0, r.code(), r.err());
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("cv.pdf").toFile())) {
            assertEquals(612, Math.round(pdf.getPage(0).getMediaBox().getWidth()));
        }
    }

    @Test
    void versionAndHelp() {
        assertTrue(vita("--version").out().matches("vita \\d+\\.\\d+\\.\\d+\\s*"));
        Run help = vita("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("build"));
    }
}
