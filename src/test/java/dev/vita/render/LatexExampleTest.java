package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.ExampleBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example academic's cv.tex (German, a photo, every entry kind) compiles on all three engines in a
 * folder holding only what the build wrote beside it, and the PDF shows every section's facts in German.
 */
class LatexExampleTest {
    @ParameterizedTest
    @ValueSource(strings = {"pdflatex", "xelatex", "lualatex"})
    void exampleCompilesWithItsPhotoAndShowsEveryFact(String engine, @TempDir Path dir) throws IOException {
        TexEngine.assumeInstalled(engine);
        Files.copy(ExampleBuild.out().resolve("cv.tex"), dir.resolve("cv.tex"));
        Files.copy(ExampleBuild.out().resolve("photo.png"), dir.resolve("photo.png"));
        TexEngine.Result r = TexEngine.compile(engine, dir.resolve("cv.tex"), 2);
        TexEngine.assertClean(r);
        String text = r.text();
        for (String fact : List.of("Kurzprofil", "Bestäubernetzwerke", "Okt. 2022 – heute", "März 2024", "17. Mai 2023",
                "480.000 EUR", "Jonas Keller", "verhandlungssicher (C1)", "t.weber@example.org", "Forschungsprogramm",
                "Warum die Wildbiene Schatten braucht", "Rohdaten werden nie überschrieben", "Netzwerk Offene Wissenschaft",
                "Nachwuchspreis der Gesellschaft für Feldökologie", "Zehn Regeln für gute Felddaten", "Lebenslauf")) {
            assertTrue(TexEngine.squash(text).contains(TexEngine.squash(fact)), () -> engine + ": PDF lacks " + fact);
        }
        assertFalse(text.contains("**"), "Markdown asterisks printed");
        assertTrue(r.log().contains("photo.png"), "the photo was not included");
    }
}
