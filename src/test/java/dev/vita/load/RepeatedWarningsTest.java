package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warning many papers share prints once with a count and the first keys; a few print one by one, at their field's line. */
class RepeatedWarningsTest {

    static Path papers(Path dir, int n) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append("@article{k").append(i).append(",\n  title = {Paper ").append(i)
                    .append("},\n  author = {Someone Else},\n  journal = {J},\n  year = 2020\n}\n");
        }
        return Files.writeString(dir.resolve("many.bib"), sb);
    }

    @Test
    void threeHundredPapersWithoutThePersonAreOneLine(@TempDir Path dir) throws IOException {
        List<Problem> w = BibFixture.read(BibFixture.settings(""), papers(dir, 300)).warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("300 papers do not list 'Ada Lovelace' or 'A. A. Lovelace': k0, k1, k2, …; "
                + "set `aliases` if you appear under another spelling", w.get(0).message());
        assertEquals(3, w.get(0).line(), "the first paper's author line");
    }

    @Test
    void aFewPrintOneByOneAtTheAuthorLine(@TempDir Path dir) throws IOException {
        List<Problem> w = BibFixture.read(BibFixture.settings(""), papers(dir, 3)).warnings();
        assertEquals(List.of(3, 9, 15), w.stream().map(Problem::line).toList());
        assertTrue(w.get(1).message().startsWith("k1: none of the authors matches 'Ada Lovelace'"), w.get(1).message());
    }
}
