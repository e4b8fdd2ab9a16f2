package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** vita import of JSON Resume and RenderCV as a person runs it: the report, a refused folder, and malformed sources located, exit 2, no trace. */
class ImportFormatsTest {
    private static final String FIXTURES = "src/test/resources/import/";

    @Test
    void importWritesTheFolderAndReportsWhatWasNotCarried(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("me");
        MainTest.Run r = MainTest.vita("import", FIXTURES + "jsonresume/complete.resume.json", "--to", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("  work → experience (2)"), r.out());
        assertTrue(r.out().contains("  basics.location.postalCode: not printed on a CV"), r.out());
        assertTrue(r.out().contains("next: vita build --profile " + dir), r.out());
        assertTrue(Files.readString(dir.resolve("profile.yaml")).startsWith("# yaml-language-server: $schema=profile.schema.json"));
        assertTrue(Files.exists(dir.resolve("profile.schema.json")));
        assertTrue(Files.exists(dir.resolve("publications.bib")));
    }

    @Test
    void aNonEmptyFolderIsRefusedAndLeftAlone(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("me");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine");
        MainTest.Run r = MainTest.vita("import", FIXTURES + "rendercv/Kwame_Fabricated_CV.yaml", "--to", dir.toString());
        assertEquals(2, r.code());
        assertEquals(dir + ": is not empty; give a new or empty folder with --to", r.err().strip());
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
        assertEquals(1, Files.list(dir).count());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "comment.json    | {\\n  // mine\\n  \"basics\": {}\\n}\\n                 | 2:3: JSON has no comments",
        "trailing.json   | {\\n  \"basics\": {\\n    \"name\": \"Ada\",\\n  },\\n}\\n | 4:3: a comma before '}' with nothing after it",
        "array.json      | {\"work\": [{\"name\": \"X\"},]}                          | 1:25: a comma before ']' with nothing after it",
        "quotes.json     | {'basics': {}}                                        | 1:2: JSON strings take double quotes",
        "duplicate.json  | {\"basics\": {}, \"basics\": {}}                         | 1:24: duplicate key 'basics'",
        "cut.json        | {\"basics\": {\"name\": \"Ada\"}                          | 1:27: the file ends before the JSON does",
        "list.json       | [1, 2]                                                | a JSON Resume file holds one object",
        "tag_CV.yaml     | cv:\\n  name: Ada\\n  sections: !include more.yaml\\n  | 3:13: YAML tag '!include' is not supported",
        "merge_CV.yaml   | base: &b {name: Ada}\\ncv:\\n  <<: *b\\n                | 3:3: YAML merge keys (<<) are not supported",
        "twice_CV.yaml   | cv:\\n  name: Ada\\n  name: Bo\\n                    | 3:3: duplicate key 'name' (first given at line 2)",
        "syntax_CV.yaml  | cv:\\n  name: [Ada\\n                                 | 3:1: YAML syntax error",
        "other.yaml      | name: Ada\\n                                          | not a RenderCV file: it has no 'cv:' mapping at the top",
        "cv.txt          | hello                                                 | cannot import this kind of file; vita import reads: PDF built with --embed-source (.pdf), JSON Resume (.json), RenderCV (.yaml, .yml)"})
    void aMalformedSourceIsOneLocatedLineAndExitTwo(String name, String content, String expected, @TempDir Path tmp) throws Exception {
        Path file = tmp.resolve(name);
        Files.writeString(file, content.strip().replace("\\n", "\n"));
        Path dir = tmp.resolve("out");
        MainTest.Run r = MainTest.vita("import", file.toString(), "--to", dir.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.err().strip().startsWith(file + (expected.matches("\\d+:\\d+: .*") ? ":" : ": ") + expected), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(dir.resolve("profile.yaml")), "nothing written");
    }
}
