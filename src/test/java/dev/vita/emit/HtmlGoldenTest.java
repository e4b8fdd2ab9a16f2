package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample's HTML pages equal their golden files in every theme (the résumé's includes the page
 * fit's result); {@code mvn test -Dgolden.update=true} rewrites them after an intended change —
 * review the diff. The default theme's are {@code golden/html/<page>}, the others'
 * {@code golden/html/<theme>/<page>}. The inlined font data is left out of the comparison: it is
 * checked by {@link WebFontsTest}.
 */
class HtmlGoldenTest {
    @ParameterizedTest
    @CsvSource({"classic, cv.html", "classic, resume.html", "engineering, cv.html", "engineering, resume.html",
            "academic, cv.html", "academic, resume.html"})
    void sampleHtmlMatchesGolden(String theme, String name) throws IOException {
        Path golden = theme.equals("classic") ? Path.of("src/test/resources/golden/html", name)
                : Path.of("src/test/resources/golden/html", theme, name);
        String html = withoutFontData(Files.readString(SampleBuild.out(theme).resolve(name), StandardCharsets.UTF_8));
        if ("true".equals(System.getProperty("golden.update"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, html, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file: run mvn test -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html,
                theme + "/" + name + " changed; if intended, run mvn test -Dgolden.update=true and review the diff");
    }

    static String withoutFontData(String html) {
        return html.replaceAll("url\\(data:font/ttf;base64,[A-Za-z0-9+/=]+\\)", "url(data:font/ttf;base64,…)");
    }
}
