package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import dev.vita.Version;
import dev.vita.load.CvReader;
import dev.vita.model.Author;
import dev.vita.model.Contribution;
import dev.vita.model.Cv;
import dev.vita.model.Education;
import dev.vita.model.Position;
import dev.vita.model.Project;
import dev.vita.model.Publication;
import dev.vita.model.SkillGroup;
import dev.vita.problem.Warnings;
import dev.vita.select.Document;
import dev.vita.select.EntryView;
import dev.vita.select.Section;
import dev.vita.select.Selector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The HTML route's cv.pdf and the LaTeX route's PDF state the same facts in the same order: section
 * titles, dates, titles with authors and their marks, venues, schools, projects, skills.
 */
class LatexParityTest {

    @Test
    void bothPdfsListTheSameFactsInTheSameOrder() throws IOException {
        List<String> facts = facts();
        String html;
        try (PDDocument pdf = Loader.loadPDF(SampleBuild.out().resolve("cv.pdf").toFile())) {
            html = byPosition(pdf);
        }
        String engine = TexEngine.anyEngine();
        TexEngine.Result tex = TexEngine.sample(engine);
        TexEngine.assertClean(tex);
        assertInOrder("cv.pdf (HTML route)", html, facts);
        String latex;
        try (PDDocument pdf = Loader.loadPDF(tex.pdf().toFile())) {
            latex = byPosition(pdf);
        }
        assertInOrder("cv.tex compiled by " + engine, latex, facts);
        // places sit at the right margin (a float in HTML), so only their presence is compared
        for (String place : places()) {
            assertInOrder("cv.pdf (HTML route)", html, List.of(place));
            assertInOrder("cv.tex compiled by " + engine, latex, List.of(place));
        }
    }

    private static List<String> places() {
        Cv cv = new CvReader().read(Path.of("profile"), List.of(), Warnings.quiet());
        List<String> out = new ArrayList<>();
        cv.profile().experience().forEach(p -> add(out, p.location()));
        cv.profile().education().forEach(e -> add(out, e.location()));
        return out;
    }

    /** Text in reading order on the page (the HTML route draws bold names and marks in later passes). */
    private static String byPosition(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(pdf);
    }

    private static void assertInOrder(String what, String text, List<String> facts) {
        String t = TexEngine.squash(text);
        int at = 0;
        for (String fact : facts) {
            int i = t.indexOf(TexEngine.squash(fact), at);
            int from = at;
            assertTrue(i >= 0, () -> what + " lacks, or has out of order: '" + fact + "' after: "
                    + t.substring(Math.max(0, from - 80), Math.min(t.length(), from + 80)));
            at = i + TexEngine.squash(fact).length();
        }
    }

    /** The facts the cv variant shows, in order, read from the model rather than written by hand. */
    private static List<String> facts() {
        Cv cv = new CvReader().read(Path.of("profile"), List.of(), Warnings.quiet());
        Document doc = new Selector().select(cv, "cv", Selector.variants(cv.profile()).get("cv"), "a4", Version.generator());
        List<String> f = new ArrayList<>();
        for (Section s : doc.sections()) {
            f.add(s.title());
            if (s.id().equals("publications")) doc.legend().forEach(l -> f.add(l.symbol() + " " + l.text()));
            for (Object item : s.items()) {
                if (item instanceof EntryView e) {
                    add(f, e.when(), text(e.label()), text(e.title()), text(e.organization()), text(e.aside()));
                    String summary = text(e.summary());
                    add(f, summary == null || summary.length() <= 60 ? summary : summary.substring(0, 60));
                    e.details().forEach(line -> line.forEach(t -> add(f, t.text())));
                    if (!e.note().isEmpty()) add(f, e.noteLabel());
                    e.note().forEach(t -> add(f, t.text()));
                    e.highlights().forEach(t -> add(f, t.text()));
                } else if (item instanceof Publication p) {
                    add(f, p.year(), p.title().text());
                    for (Author a : p.authors()) add(f, a.initialsName() + doc.marks(a));
                    add(f, p.venue() == null ? null : p.venue().text(), p.kind(), p.note() == null ? null : p.note().text());
                }
            }
        }
        return f;
    }

    private static String text(dev.vita.model.RichText t) {
        return t == null ? null : t.text();
    }

    private static void add(List<String> facts, String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) facts.add(v);
        }
    }
}
