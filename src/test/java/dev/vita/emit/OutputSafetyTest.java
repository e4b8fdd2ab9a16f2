package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, items 1, 2 and 8: what a build does to the files around its output folder. */
class OutputSafetyTest {
    static final String PROFILE = "name: Ada Example\npublications:\n  bib: [publications.bib]\n";
    static final String BIB = "@string{acm = {ACM}}\n% the user's own comment\n@article{a, title = {A Paper}, author = {Example, Ada*},"
            + " journal = acm, year = 2024}\n";

    @TempDir
    Path dir;

    /** The exit code, stderr and stdout of one run. */
    record Run(int code, String err, String out) {}

    static Run vita(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, err.toString().strip(), out.toString());
    }

    Path profile() throws IOException {
        Path p = dir.resolve("profile");
        Files.createDirectories(p);
        Files.writeString(p.resolve("profile.yaml"), PROFILE);
        Files.writeString(p.resolve("publications.bib"), BIB);
        return p;
    }

    Run build(Path profile, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--variant", "cv", "--profile", profile.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return vita(args.toArray(String[]::new));
    }

    /** Item 1: {@code --out} = the profile folder would replace the user's publications.bib with the export. */
    @Test
    void sourceFileOverwritten_outIsTheProfileFolder() throws IOException {
        Path p = profile();
        Run r = build(p, p);
        assertEquals(p.resolve("publications.bib") + ": is an input of this build; an output never replaces an input: choose another --out", r.err());
        assertEquals(2, r.code());
        assertEquals(BIB, Files.readString(p.resolve("publications.bib")));
        assertFalse(Files.exists(p.resolve("cv.pdf")), "nothing is written when one output is refused");
    }

    /** Item 1, under other spellings: a symbolic link, a hard link, a path with {@code ..} in it. */
    @Test
    void sourceFileOverwritten_throughLinksAndSpellings() throws IOException {
        Path p = profile();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.createSymbolicLink(out.resolve("publications.bib"), p.resolve("publications.bib"));
        Run r = build(p, out);
        assertEquals(out.resolve("publications.bib") + ": is an input of this build; an output never replaces an input: choose another --out", r.err());
        assertEquals(2, r.code());
        Files.delete(out.resolve("publications.bib"));
        Files.createLink(out.resolve("publications.bib"), p.resolve("publications.bib"));
        assertEquals(2, build(p, out).code());
        Files.delete(out.resolve("publications.bib"));
        assertEquals(2, build(p, dir.resolve("out/../profile/.")).code());
        // a --bib that is the previous export is an input too
        Files.writeString(out.resolve("publications.bib"), BIB);
        assertEquals(2, build(p, out, "--bib", out.resolve("publications.bib").toString()).code());
        assertEquals(BIB, Files.readString(p.resolve("publications.bib")));
        assertEquals(BIB, Files.readString(out.resolve("publications.bib")));
    }

    /** Item 2: new outputs get the mode any new file gets under the umask; a replaced file keeps its mode. */
    @Test
    void outputsReadableOnlyByTheirOwner() throws IOException {
        Path p = profile();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Path probe = Files.createFile(out.resolve("probe"));
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        assertEquals(0, build(p, out).code());
        for (String f : List.of("cv.pdf", "cv.html", "cv.tex", "publications.bib")) {
            assertEquals(PosixFilePermissions.toString(umasked), PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve(f))), f);
        }
        Files.setPosixFilePermissions(out.resolve("cv.html"), PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, build(p, out).code());
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("cv.html"))));
    }

    /** Item 8: hidden files of a killed build are removed by the next; a running build's are not. */
    @Test
    void leftoversAfterAKill() throws IOException {
        Path p = profile();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        long dead = deadPid();
        List<Path> stale = List.of(out.resolve(".cv.pdf." + dead + ".3.tmp"), out.resolve(".cv.html." + dead + ".9.old"),
                out.resolve(".resume.pdf." + dead + ".4.tmp"));
        Path running = out.resolve(".cv.pdf." + ProcessHandle.current().parent().orElseThrow().pid() + ".1.tmp");
        Path users = out.resolve(".cv.pdf.keep");
        for (Path f : stale) Files.writeString(f, "half");
        Files.writeString(running, "busy");
        Files.writeString(users, "mine");
        assertEquals(0, build(p, out).code());
        for (Path f : stale) assertFalse(Files.exists(f), f.toString());
        assertTrue(Files.exists(running), "a live process's temporary file stays");
        assertTrue(Files.exists(users), "a hidden file that is not Vita's stays");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Stream.of(".cv.pdf.keep", running.getFileName().toString()).sorted().toList(),
                    files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList());
        }
    }

    /** A process number no process has. */
    static long deadPid() {
        for (long pid = 4_000_000; ; pid++) {
            if (ProcessHandle.of(pid).isEmpty()) return pid;
        }
    }
}
