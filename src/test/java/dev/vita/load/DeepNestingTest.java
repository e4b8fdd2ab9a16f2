package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import dev.vita.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 5: 4,000 nested braces in a title overflowed the stack (and killed vita watch).
 * Nesting is bounded wherever input is read recursively: one located warning, the entry skipped,
 * the rest read.
 */
class DeepNestingTest {
    static final String GOOD = "@article{good, title = {Still Here}, author = {Lovelace, Ada}, year = 2024}\n";

    static List<String> read(Path dir, String bad) throws IOException {
        Path bib = dir.resolve("deep.bib");
        Files.writeString(bib, "% a comment line\n" + bad + "\n" + GOOD);
        BibFixture.Result r = BibFixture.read(PublicationSettings.DEFAULT, bib);
        assertEquals(List.of("good"), r.publications().stream().map(Publication::key).toList(), "the rest is read");
        return r.warnings().stream().map(p -> p.toString().replace(dir + "/", "")).toList();
    }

    @Test
    void stackOverflowOnDeepNesting_braces(@TempDir Path dir) throws IOException {
        assertEquals(List.of("deep.bib:2: deep: braces nested more than 100 levels deep; entry skipped"),
                read(dir, "@misc{deep, title = {" + "{".repeat(4000) + "x" + "}".repeat(4000) + "}, year = 2020}"));
    }

    @Test
    void stackOverflowOnDeepNesting_bracesFromALaterLine(@TempDir Path dir) throws IOException {
        assertEquals(List.of("deep.bib:2: deep: braces nested more than 100 levels deep (from line 4); entry skipped"),
                read(dir, "@misc{deep,\n  year = 2020,\n  title = {" + "{".repeat(101) + "x" + "}".repeat(101) + "}}"));
    }

    @Test
    void stackOverflowOnDeepNesting_mathWithoutBraces(@TempDir Path dir) throws IOException {
        assertEquals(List.of("deep.bib:2: deep: LaTeX nested more than 100 levels deep; entry skipped"),
                read(dir, "@misc{deep, title = {" + "\\(".repeat(100_000) + "x}, year = 2020}"));
    }

    @Test
    void stackOverflowOnDeepNesting_markerPatternsOnAHugeName(@TempDir Path dir) throws IOException {
        assertEquals(List.of("deep.bib:2: deep: nested too deeply to read; entry skipped"),
                read(dir, "@misc{deep, title = {T}, author = {Cao\\textsuperscript{" + "a{b}".repeat(20_000) + "}}, year = 2020}"));
    }

    @Test
    void nestingUpToTheBoundStillReads(@TempDir Path dir) throws IOException {
        Path bib = dir.resolve("ok.bib");
        Files.writeString(bib, "@misc{ok, title = {" + "{".repeat(99) + "Fine" + "}".repeat(99) + "}, author = {Lovelace, Ada}, year = 2020}\n");
        BibFixture.Result r = BibFixture.read(PublicationSettings.DEFAULT, bib);
        assertEquals(List.of(), r.warnings().stream().map(Problem::toString).toList());
        assertEquals("Fine", r.publications().get(0).title().text());
    }
}
