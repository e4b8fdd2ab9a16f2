package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample's HTML pages equal their golden files (the résumé's includes the page fit's result);
 * {@code mvn test -Dgolden.update=true} rewrites them after an intended change — review the diff.
 */
class HtmlGoldenTest {
    @ParameterizedTest
    @ValueSource(strings = {"cv.html", "resume.html"})
    void sampleHtmlMatchesGolden(String name) throws IOException {
        Path golden = Path.of("src/test/resources/golden/html", name);
        String html = Files.readString(SampleBuild.out().resolve(name), StandardCharsets.UTF_8);
        if ("true".equals(System.getProperty("golden.update"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file: run mvn test -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html,
                name + " changed; if intended, run mvn test -Dgolden.update=true and review the diff");
    }
}
