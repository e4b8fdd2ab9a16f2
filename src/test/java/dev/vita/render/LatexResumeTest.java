package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LaTeX résumé takes the page fit's result, so it is one page too, on A4 and Letter. */
class LatexResumeTest {
    @ParameterizedTest
    @CsvSource({"pdflatex, a4", "xelatex, a4", "lualatex, a4", "pdflatex, letter", "xelatex, letter"})
    void sampleResumeTexIsOnePage(String engine, String pageSize, @TempDir Path dir) throws IOException {
        TexEngine.assumeInstalled(engine);
        Build.Result r = new Build(Project.here(null), Warnings.quiet())
                .make(new Build.Options(Path.of("profile"), dir, pageSize, List.of(), "resume"));
        Artifact tex = r.artifacts().stream().filter(a -> a.name().equals("resume.tex")).findFirst().orElseThrow();
        Files.write(dir.resolve("resume.tex"), tex.content());
        TexEngine.Result result = TexEngine.compile(engine, dir.resolve("resume.tex"), 2);
        assertEquals(0, result.exit(), result.log());
        try (var pdf = Loader.loadPDF(result.pdf().toFile())) {
            assertEquals(1, pdf.getNumberOfPages(), engine + " on " + pageSize);
        }
    }
}
