package dev.vita.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.load.ProfileReader;
import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each fixture (one per quirk of the shapes found in the wild) is imported, built at once, and
 * every text fact of the source is found in cv.pdf — except what the report says it did not carry.
 */
class ImportBuildTest {
    static final Path FIXTURES = Path.of("src/test/resources/import");

    /** An imported and built fixture: its folder, report, cv.pdf text and the build's warnings. */
    record Built(Path profile, Report report, String text, List<Problem> warnings) {
        String yaml() throws IOException {
            return Files.readString(profile.resolve("profile.yaml"));
        }

        String bib() throws IOException {
            return Files.readString(profile.resolve("publications.bib"));
        }
    }

    static Built importAndBuild(Path source, Path tmp) throws IOException {
        Path profile = tmp.resolve("profile");
        Report report = ProfileFolder.importInto(source, profile).report();
        List<Problem> warnings = new ArrayList<>();
        Path out = tmp.resolve("out");
        new Build(Project.here(null), new Warnings(warnings::add))
                .run(new Build.Options(profile, out, "a4", List.of(), "cv"));
        // pdfLaTeX cannot print some letters a source may hold (Romanian ș); that advice is not a lost fact
        warnings.removeIf(w -> w.message().startsWith("the .tex files have text in "));
        return new Built(profile, report, pdfText(out.resolve("cv.pdf")), warnings);
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setSortByPosition(true); // a styled run is drawn after its line; read the page as a person does
            // typography binds a last word or a number with no-break spaces; the facts are the words
            return text.getText(d).replace('\u00A0', ' ');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonresume/complete.resume.json", "jsonresume/wild-shapes.resume.json",
            "rendercv/Mirela_Placeholder_CV.yaml", "rendercv/Kwame_Fabricated_CV.yaml"})
    void everyFactOfTheSourceReachesThePdf(String fixture, @TempDir Path tmp) throws IOException {
        Path source = FIXTURES.resolve(fixture);
        Built b = importAndBuild(source, tmp);
        Map<String, String> missing = Facts.missing(Facts.of(source), b.text());
        missing.keySet().removeIf(path -> b.report().notCarried().stream()
                .anyMatch(n -> n.startsWith(path + ":") || n.startsWith("cv." + path + ":")));
        assertEquals(Map.of(), missing, "facts of " + fixture + " not in cv.pdf (and not reported):\n" + b.text());
        assertEquals(List.of(), b.warnings(), "the imported profile builds without warnings");
        new ProfileReader().read(b.profile().resolve("profile.yaml")); // and validates on its own
    }

    @Test
    void wildDatesAreReadOrKeptAsText(@TempDir Path tmp) throws IOException {
        Built b = importAndBuild(FIXTURES.resolve("jsonresume/wild-shapes.resume.json"), tmp);
        String yaml = b.yaml();
        assertTrue(yaml.contains("start: 2007\n"), "'07 is 2007:\n" + yaml);
        assertTrue(yaml.contains("end: 2009-06\n"), "2009/06:\n" + yaml);
        assertTrue(yaml.contains("start: Summer 2005\n"), yaml);
        assertTrue(b.text().contains("sometime in 2006"), "an unreadable date is kept as text");
        assertTrue(b.report().notes().stream().anyMatch(n -> n.startsWith("work[3].endDate: 'sometime in 2006' is no date")), b.report().notes().toString());
        assertTrue(b.bib().contains("note      = {submitted}"), b.bib());
        assertTrue(b.bib().contains("year      = {2021}"), "a numeric year: " + b.bib());
        assertTrue(b.report().notCarried().contains("references[1].email: 'ask the department' is not an e-mail address"),
                "what profile.yaml would refuse is reported, so the profile builds: " + b.report().notCarried());
    }

    @Test
    void publicationsWithoutAuthorsSaySoAndInventNone(@TempDir Path tmp) throws IOException {
        Built b = importAndBuild(FIXTURES.resolve("jsonresume/complete.resume.json"), tmp);
        String bib = b.bib();
        assertTrue(bib.contains("% paper2022streaming: The source gives no authors"), bib);
        assertTrue(!bib.matches("(?s).*\\n\\s*author\\s*=.*"), "no author field is invented: " + bib);
        assertTrue(b.report().notes().stream().anyMatch(n -> n.contains("gives no authors")));
    }

    @Test
    void authorMarkupBecomesAliasesAndRoles(@TempDir Path tmp) throws IOException {
        Built b = importAndBuild(FIXTURES.resolve("rendercv/Mirela_Placeholder_CV.yaml"), tmp);
        assertTrue(b.yaml().contains("aliases:\n  - M. Placeholder\n"), b.yaml());
        String bib = b.bib();
        assertTrue(bib.contains("author    = {Ion Sample and Mirela Placeholder and Radu Exemplu}"), bib);
        assertTrue(bib.contains("author+an = {1=equal; 3=corresponding}"), bib);
        assertTrue(bib.contains("author    = {M. Placeholder and Dana Student}"), "full names stay full, unclear markup taken off: " + bib);
        assertTrue(b.report().notes().stream().anyMatch(n -> n.contains("'Dana Student' has no clear meaning")));
        assertTrue(b.text().contains("Ion Sample"), "authors keep their spelling in the CV");
    }
}
