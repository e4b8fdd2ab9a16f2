package dev.vita.render;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every theme's cv.tex compiles cleanly on the three engines with outline fonts only (classic: LatexCompileTest). */
class ThemeLatexTest {
    @ParameterizedTest
    @CsvSource({"engineering, pdflatex", "engineering, xelatex", "engineering, lualatex",
            "academic, pdflatex", "academic, xelatex", "academic, lualatex"})
    void compilesCleanly(String theme, String engine) {
        TexEngine.assumeInstalled(engine);
        try {
            Path dir = Files.createTempDirectory("vita-tex-" + theme + "-" + engine);
            Path tex = Files.copy(SampleBuild.out(theme).resolve("cv.tex"), dir.resolve("cv.tex"));
            TexEngine.Result r = TexEngine.compile(engine, tex, 2);
            TexEngine.assertClean(r);
            TexEngine.assertOutlineFontsOnly(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
