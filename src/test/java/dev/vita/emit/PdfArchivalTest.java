package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every PDF of every variant of every profile (the sample, the test profiles, the examples) passes
 * veraPDF for PDF/UA-1 and for the PDF/A part it declares, which must be level A (accessible).
 */
class PdfArchivalTest {
    /** The profile folders the test builds: the sample, src/test/resources/profiles/*, examples/* when present. */
    static List<Path> profiles() throws IOException {
        List<Path> dirs = new ArrayList<>(List.of(Path.of("profile")));
        for (Path parent : List.of(Path.of("src/test/resources/profiles"), Path.of("examples"))) {
            if (!Files.isDirectory(parent)) continue;
            try (Stream<Path> s = Files.list(parent)) {
                s.filter(d -> Files.isRegularFile(d.resolve("profile.yaml"))).sorted().forEach(dirs::add);
            }
        }
        return dirs;
    }

    @TestFactory
    Stream<DynamicTest> everyPdfIsPdfUa1AndPdfALevelA() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : profiles()) {
            tests.add(DynamicTest.dynamicTest(dir.toString(), () -> {
                Build.Result r = new Build(Project.here(null), Warnings.quiet())
                        .make(new Build.Options(dir, Path.of("unused"), "a4", List.of(), null));
                List<String> problems = new ArrayList<>();
                int pdfs = 0;
                for (Artifact a : r.artifacts()) {
                    if (!a.name().endsWith(".pdf")) continue;
                    pdfs++;
                    check(dir + "/" + a.name(), a.content(), "2a", problems);
                }
                assertTrue(pdfs > 0, dir + " built no PDF");
                if (dir.endsWith("scripts")) {
                    // Devanagari conjuncts are glyphs of GSUB ligatures that PDFBox maps to no character
                    // (README, "Every script"): the one rule such a PDF breaks, and no other
                    problems.removeIf(p -> p.contains(" ua1: 7.21.7-1:") || p.contains(" 2a: 6.2.11.7.2-1:"));
                }
                assertEquals(List.of(), problems);
            }));
        }
        for (String theme : Project.here(null).themes().names()) {
            tests.add(DynamicTest.dynamicTest("theme " + theme, () -> {
                Build.Result r = new Build(Project.here(null), Warnings.quiet())
                        .make(new Build.Options(Path.of("profile"), Path.of("unused"), "a4", List.of(), null, theme));
                List<String> problems = new ArrayList<>();
                for (Artifact a : r.artifacts()) {
                    if (a.name().endsWith(".pdf")) check(theme + "/" + a.name(), a.content(), "2a", problems);
                }
                assertEquals(List.of(), problems);
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> withTheSourcesAttachedItIsPdfA3a() {
        return Stream.of(DynamicTest.dynamicTest("sample --embed-source", () -> {
            Build.Result r = new Build(Project.here(null), Warnings.quiet())
                    .make(new Build.Options(Path.of("profile"), Path.of("unused"), "a4", List.of(), "cv", null, false, 72, true));
            byte[] cv = r.artifacts().stream().filter(a -> a.name().equals("cv.pdf")).findFirst().orElseThrow().content();
            List<String> problems = new ArrayList<>();
            check("cv.pdf", cv, "3a", problems);
            assertEquals(List.of(), problems);
        }));
    }

    private static void check(String name, byte[] pdf, String expected, List<String> problems) throws Exception {
        String declared = Vera.declaredPdfA(pdf);
        if (!expected.equals(declared)) problems.add(name + ": declares PDF/A " + declared + ", want " + expected);
        for (String flavour : List.of("ua1", expected)) {
            for (String f : Vera.failures(pdf, flavour)) problems.add(name + " " + flavour + ": " + f);
        }
        assertFalse(pdf.length == 0);
    }
}
