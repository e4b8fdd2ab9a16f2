package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One small .bib per real-world quirk under src/test/resources/bib/, each beside the entries it must
 * render and the located warnings it must give (NAME.expected). {@code -Dgolden.update=true}
 * rewrites the expected files; review the diff before committing.
 */
class BibCorpusTest {
    static final Path DIR = Path.of("src/test/resources/bib");

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.toString().endsWith(".bib")).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusCoversAtLeastTwentyQuirks() throws IOException {
        assertTrue(corpus().count() >= 20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void rendersAsExpected(Path bib) throws IOException {
        byte[] bytes = Files.readAllBytes(bib);
        String firstLine = new String(bytes, StandardCharsets.ISO_8859_1).lines().findFirst().orElse("").replace("\uFEFF", "");
        String actual = BibFixture.describe(BibFixture.read(BibFixture.settings(new String(firstLine.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)), bib));
        Path expected = Path.of(bib.toString().replaceAll("\\.bib$", ".expected"));
        if (Boolean.getBoolean("golden.update")) Files.writeString(expected, actual);
        assertTrue(Files.exists(expected), "no expected file " + expected + " (run with -Dgolden.update=true and review it)");
        assertEquals(Files.readString(expected), actual, bib.toString());
    }

    @Test
    void severalFilesReadAsOneDatabase() {
        var r = BibFixture.read(BibFixture.settings(""), DIR.resolve("02-string-macros.bib"), DIR.resolve("01-basic.bib"));
        assertEquals(List.of("lovelace1843notes", "lovelace2020macros"),
                r.publications().stream().map(p -> p.key()).sorted().toList());
    }
}
