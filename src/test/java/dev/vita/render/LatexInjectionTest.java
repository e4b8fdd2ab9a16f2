package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.load.CvReader;
import dev.vita.model.Cv;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A profile whose every string field is TeX meant to read a file, run a command or end the document
 * (src/test/resources/tex/injection). The .tex compiles, the PDF shows each value literally, nothing
 * was read and nothing ran — with shell escape switched on, so a command that got through would run.
 */
class LatexInjectionTest {
    private static final Path PROFILE = Path.of("src/test/resources/tex/injection");
    static String tex;
    static Cv cv;

    @BeforeAll
    static void build(@TempDir Path out) throws IOException {
        new Build(Project.here(null), Warnings.quiet()).run(new Build.Options(PROFILE, out, "a4", List.of(), "cv"));
        tex = Files.readString(out.resolve("cv.tex"), StandardCharsets.UTF_8);
        cv = new CvReader().read(PROFILE, List.of(), Warnings.quiet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdflatex", "xelatex", "lualatex"})
    void everyFieldPrintsLiterallyAndNothingIsReadOrRun(String engine, @TempDir Path dir) throws IOException {
        TexEngine.assumeInstalled(engine);
        Path file = Files.writeString(dir.resolve("cv.tex"), tex, StandardCharsets.UTF_8);
        TexEngine.Result r = TexEngine.compile(engine, file, 2, "-shell-escape");
        assertEquals(0, r.exit(), () -> TexEngine.firstError(r.log()));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.contains("x"), "\\write18{touch x} ran: " + names);
        }
        assertFalse(r.log().contains("(/etc/passwd"), "\\input{/etc/passwd} was read");
        String text = r.text();
        if (Files.isReadable(Path.of("/etc/passwd"))) {
            String firstLine = Files.readAllLines(Path.of("/etc/passwd")).get(0);
            assertFalse(text.contains(firstLine), "the PDF shows /etc/passwd");
        }
        String squashed = TexEngine.squash(text);
        for (String value : values()) {
            assertTrue(squashed.contains(TexEngine.squash(value)), () -> engine + ": not printed literally: " + value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\input", "\\write18", "\\def", "\\catcode", "\\csname", "\\verb", "$$", "^^"})
    void noUserTextReachesTexAsACommand(String command) {
        String body = tex.substring(tex.indexOf("\\begin{document}"));
        assertFalse(body.contains(command), () -> "live TeX in cv.tex: " + command);
        assertEquals(body.indexOf("\\end{document}"), body.lastIndexOf("\\end{document}"), "a second \\end{document}");
    }

    /** Every string the cv variant shows, read from the model. */
    private static List<String> values() {
        Profile p = cv.profile();
        List<String> v = new ArrayList<>(List.of(p.name(), p.headline(), p.location(), p.email(), p.phone()));
        p.summary().forEach(t -> v.add(t.text()));
        v.addAll(p.interests());
        p.links().forEach(l -> v.add(l.label()));
        p.experience().forEach(e -> {
            v.addAll(List.of(e.organization().text(), e.role().text(), e.location(), e.summary().text()));
            e.highlights().forEach(t -> v.add(t.text()));
        });
        p.openSource().forEach(c -> {
            v.addAll(List.of(c.name().text(), c.summary().text()));
            v.addAll(c.projects());
        });
        p.projects().forEach(pr -> {
            v.addAll(List.of(pr.name().text(), pr.summary().text()));
            pr.highlights().forEach(t -> v.add(t.text()));
        });
        p.skills().forEach(g -> {
            v.add(g.group());
            v.addAll(g.items());
        });
        p.education().forEach(e -> {
            v.addAll(List.of(e.institution().text(), e.degree().text(), e.location(), e.gpa()));
            e.details().forEach(t -> v.add(t.text()));
            e.highlights().forEach(t -> v.add(t.text()));
            e.coursework().forEach(t -> v.add(t.text()));
        });
        for (Publication pub : cv.publications()) {
            v.addAll(List.of(pub.title().text(), pub.venue().text(), pub.note().text(), pub.abstractText().text()));
            pub.authors().forEach(a -> v.add(a.initialsName()));
        }
        return v;
    }
}
