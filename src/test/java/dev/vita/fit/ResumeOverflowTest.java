package dev.vita.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.cli.Main;
import dev.vita.select.Layout;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, item 4: a résumé that cannot fit its page cost the whole build (exit 2, no cv.pdf).
 * It is now written at its closest fit with one warning saying by how much and what to do;
 * {@code --strict} makes it an error; other variants are never held back. And item 10: the fit
 * report of 5,000 papers is one short line, not 94 KB.
 */
class ResumeOverflowTest {
    @Test
    void resumeThatCannotFit_keptAtTheFloorsWithEverythingDroppableGone() {
        PageFit.Result r = new PageFit(PageFitModelTest.fakeRenderer(0.1)).fit(PageFitModelTest.doc(40), 1, Set.of("summary"), Path.of("p.yaml"));
        assertEquals(new Layout("a4", PageFit.FLOOR_PT, PageFit.FLOOR_MARGIN_MM, PageFit.FLOOR_LEADING, PageFit.FLOOR_GAP_EM),
                r.document().layout());
        assertEquals(40, r.document().sections().get(0).items().size());
        assertTrue(r.pages() > 1);
        assertTrue(r.overflow().startsWith("variant 'resume' does not fit on 1 page: it overflows by "), r.overflow());
        assertTrue(r.report().startsWith("resume: " + r.pages() + " pages (over its limit) · 9.0 pt"), r.report());
    }

    @Test
    void fitReportOf5000Papers_namesTenAndCountsTheRest() {
        PageFit.Result r = new PageFit(PageFitModelTest.fakeRenderer(0.01)).fit(PageFitModelTest.doc(5000), 1, Set.of(), Path.of("p.yaml"));
        assertNull(r.overflow());
        int dropped = r.dropped().size();
        assertTrue(dropped > 4000, "dropped " + dropped);
        assertTrue(r.report().contains(" · dropped " + dropped + " items (paragraph 4999, paragraph 4998, "), r.report());
        assertTrue(r.report().contains(", paragraph 4990 and " + (dropped - 10) + " more) · "), r.report());
        assertTrue(r.report().length() < 300, r.report());
    }

    static Path longCareer(Path dir) throws IOException {
        StringBuilder yaml = new StringBuilder("name: Long Career\nexperience:\n");
        for (int i = 0; i < 120; i++) {
            yaml.append("  - organization: Company ").append(i).append("\n    summary: A long sentence about the work done there, repeated to fill lines.\n");
        }
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile);
        Files.writeString(profile.resolve("profile.yaml"), yaml);
        return profile;
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), err.toString().strip()};
    }

    static final String WARNING = "{dir}/profile.yaml: variant 'resume' does not fit on 1 page: it overflows by N pages even at 9.0 pt "
            + "with 12 mm margins after dropping every droppable item (still: Experience); written at that closest fit, N pages. "
            + "Raise its maxPages, give the items to drop a lower priority, or mark fewer sections required (--strict makes this an error)";

    static String masked(String s, Path profile) {
        return s.replace(profile.toString(), "{dir}").replaceAll("by \\d+\\.\\d\\d pages", "by N pages").replaceAll("fit, \\d+ pages", "fit, N pages");
    }

    @Test
    void resumeThatCannotFit_costsNothingElse(@TempDir Path dir) throws IOException {
        Path profile = longCareer(dir);
        Path out = dir.resolve("out");
        String[] r = run("build", "--profile", profile.toString(), "--out", out.toString());
        assertEquals("0", r[0], r[1]);
        assertEquals("warning: " + WARNING, masked(r[1], profile));
        for (String f : List.of("cv.pdf", "cv.html", "cv.tex", "resume.pdf", "resume.html", "resume.tex")) assertTrue(Files.size(out.resolve(f)) > 0, f);
        try (var pdf = Loader.loadPDF(out.resolve("resume.pdf").toFile())) {
            assertTrue(pdf.getNumberOfPages() > 1);
        }
    }

    @Test
    void resumeThatCannotFit_isAnErrorUnderStrict(@TempDir Path dir) throws IOException {
        Path profile = longCareer(dir);
        Path out = dir.resolve("out");
        String[] r = run("build", "--strict", "--profile", profile.toString(), "--out", out.toString());
        assertEquals("2", r[0]);
        assertEquals(WARNING, masked(r[1], profile));
        assertFalse(Files.exists(out));
    }
}
