package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, item 10: the smaller surprises, each with the exact message a person reads. */
class SmallerSurprisesTest {
    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return code + " " + err.toString().strip();
    }

    static Path profile(Path dir, String yaml) throws IOException {
        Path p = dir.resolve("profile");
        Files.createDirectories(p);
        Files.writeString(p.resolve("profile.yaml"), yaml);
        return p;
    }

    /** bib: [/etc/passwd] read 0 entries without a word. */
    @Test
    void bibFileWithNoEntriesIsAWarning(@TempDir Path dir) throws IOException {
        Path p = profile(dir, "name: Ada Example\npublications:\n  bib: [notes.bib]\n");
        Files.writeString(p.resolve("notes.bib"), "root:x:0:0:root:/root:/bin/bash\n% no entries here\n@string{x = {y}}\n");
        assertEquals("0 warning: " + p.resolve("notes.bib") + ": no BibTeX entries in this file; nothing is read from it",
                run("validate", "--profile", p.toString()));
    }

    /** --out '' wrote into the current folder. */
    @Test
    void emptyOutIsRefused(@TempDir Path dir) throws IOException {
        Path p = profile(dir, "name: Ada Example\n");
        assertEquals("2 --out is empty: name the output folder (--out . for the current folder)", run("build", "--profile", p.toString(), "--out", ""));
        assertEquals("2 --out is empty: name the output folder (--out . for the current folder)", run("watch", "--profile", p.toString(), "--out", " "));
    }

    /** "/proc/self/x: cannot create the output folder" gave no reason. */
    @Test
    void outputFolderThatCannotBeCreatedSaysWhy(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "a Linux /proc");
        Path p = profile(dir, "name: Ada Example\n");
        assertEquals("2 /proc/self/x: cannot create the output folder: the file system does not allow a folder there (no such file or directory)",
                run("build", "--variant", "cv", "--profile", p.toString(), "--out", "/proc/self/x"));
    }

    /** A fonts/ folder in the working directory with other fonts gave an internal error: it now adds to Vita's fonts. */
    @Test
    void unrelatedFontsFolderInTheWorkingDirectory(@TempDir Path dir) throws IOException {
        Path p = profile(dir, "name: Ada Example\nsummary: [Plain text in the text family.]\n");
        Path work = dir.resolve("work");
        Files.createDirectories(work.resolve("fonts"));
        Files.copy(Path.of("fonts/dejavu/DejaVuSerif-Bold.ttf"), work.resolve("fonts/Unrelated.ttf"));
        Files.writeString(work.resolve("fonts/readme.txt"), "not a font");
        Build.Result r = new Build(new Project(null, work), Warnings.quiet())
                .make(new Build.Options(p, dir.resolve("out"), "a4", List.of(), "cv"));
        Artifact pdf = r.artifacts().stream().filter(a -> a.name().equals("cv.pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf.content())) {
            List<String> fonts = new ArrayList<>();
            for (COSName n : doc.getPage(0).getResources().getFontNames()) fonts.add(doc.getPage(0).getResources().getFont(n).getName());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+CharisSIL")), fonts.toString());
        }
    }
}
