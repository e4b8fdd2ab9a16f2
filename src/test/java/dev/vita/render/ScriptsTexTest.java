package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: the profile mixing every script gives a cv.tex that XeLaTeX and LuaLaTeX compile with
 * the same words as cv.pdf; pdfLaTeX still compiles it, and the file's first line names the engines.
 */
class ScriptsTexTest {
    static final Path PROFILE = Path.of("src/test/resources/profiles/scripts");
    static final List<String> WORDS = List.of("최재필", "机器学习工程师", "推論システム", "機器學習", "Kỹ sư học máy", "Μηχανικός",
            "Инженер", "مهندس", "מהנדס", "मशीन", "エンジニア", "★", "∞", "中文分词", "삼성전자");

    private static String tex() {
        Build.Result r = new Build(Project.here(null), Warnings.quiet())
                .make(new Build.Options(PROFILE, null, "a4", List.of(), "cv"));
        byte[] b = r.artifacts().stream().filter(a -> a.name().equals("cv.tex")).findFirst().orElseThrow().content();
        return new String(b, StandardCharsets.UTF_8);
    }

    private static boolean has(String text, String word) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u2066-\u2069\u202A-\u202E]+", "");
        String w = Normalizer.normalize(word, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return t.contains(w) || t.contains(new StringBuilder(w).reverse().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"xelatex", "lualatex"})
    void everyScriptCompilesWithTheSameWords(String engine, @TempDir Path dir) throws IOException {
        TexEngine.assumeInstalled(engine);
        Path tex = Files.writeString(dir.resolve("cv.tex"), tex(), StandardCharsets.UTF_8);
        TexEngine.Result r = TexEngine.compile(engine, tex, 1);
        assertEquals(0, r.exit(), () -> engine + ": " + TexEngine.firstError(r.log()));
        assertTrue(!r.log().contains("Package vita Warning"), () -> engine + " fell back to '?': " + r.log());
        TexEngine.assertOutlineFontsOnly(r);
        String text = r.text();
        for (String w : WORDS) assertTrue(has(text, w), () -> engine + " PDF lacks '" + w + "': " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdflatex"})
    void pdflatexStillCompilesAndTheFirstLineNamesTheEngines(String engine, @TempDir Path dir) throws IOException {
        String source = tex();
        assertTrue(source.startsWith("% Compile with xelatex or lualatex"), source.substring(0, 200));
        TexEngine.assumeInstalled(engine);
        Path tex = Files.writeString(dir.resolve("cv.tex"), source, StandardCharsets.UTF_8);
        TexEngine.Result r = TexEngine.compile(engine, tex, 1);
        assertEquals(0, r.exit(), () -> engine + ": " + TexEngine.firstError(r.log()));
        assertTrue(r.text().contains("Built a Chinese"), r.text());
    }
}
