package dev.vita.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.emit.PdfEmitter.Measure;
import dev.vita.model.Profile;
import dev.vita.select.Document;
import dev.vita.select.Layout;
import dev.vita.select.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The fit's search against a synthetic renderer whose fullness is known exactly. */
class PageFitModelTest {
    /** Each paragraph fills {@code share} of a page at the standard layout; tighter layouts scale it by the density model. */
    static Function<Document, Measure> fakeRenderer(double share) {
        return d -> {
            int items = d.sections().stream().mapToInt(s -> s.items().size()).sum();
            double k = PageFit.density(d.layout()) / PageFit.density(Layout.standard("a4"));
            double filled = items * share * k;
            Map<String, Double> heights = new HashMap<>();
            for (Section s : d.sections()) {
                for (int i = 0; i < s.items().size(); i++) heights.put(s.id() + "-" + i, share * k);
            }
            return new Measure((int) Math.floor(filled) + 1, filled, heights);
        };
    }

    static Document doc(int paragraphs) {
        Profile p = new Profile("A", null, null, null, null, null, null, null,
                IntStream.range(0, paragraphs).mapToObj(i -> "paragraph " + i).toList(),
                null, null, null, null, null, null, null, null);
        List<Section> sections = new ArrayList<>(List.of(new Section("summary", "Summary", p.summary())));
        return new Document("resume", "Résumé", p, sections, List.of(), Layout.standard("a4"), true, "test");
    }

    @Test
    void shortContentIsLeftAlone() {
        PageFit.Result r = new PageFit(fakeRenderer(0.05)).fit(doc(10), 1, Set.of(), Path.of("p.yaml"));
        assertEquals(Layout.standard("a4"), r.document().layout());
        assertEquals(1, r.passes());
    }

    @Test
    void slightlyLongContentShrinksWithoutDropping() {
        PageFit.Result r = new PageFit(fakeRenderer(0.1)).fit(doc(11), 1, Set.of(), Path.of("p.yaml"));
        assertTrue(r.dropped().isEmpty());
        assertTrue(r.document().layout().fontPt() < 10.5 && r.document().layout().fontPt() >= PageFit.FLOOR_PT);
        assertTrue(r.passes() <= 4, "passes: " + r.passes());
    }

    @Test
    void longContentDropsTheLastParagraphsAndIsDeterministic() {
        PageFit.Result a = new PageFit(fakeRenderer(0.1)).fit(doc(30), 1, Set.of(), Path.of("p.yaml"));
        PageFit.Result b = new PageFit(fakeRenderer(0.1)).fit(doc(30), 1, Set.of(), Path.of("p.yaml"));
        assertEquals(a, b);
        assertTrue(a.dropped().get(0).equals("paragraph 29"), a.dropped().toString());
        assertTrue(a.passes() <= PageFit.MAX_PASSES);
        double filled = fakeRenderer(0.1).apply(a.document()).filledPages();
        assertTrue(filled <= 1 && filled > 0.85, "well filled: " + filled);
    }

    @Test
    void contentFarOverTheLimitIsFirstMeasuredAtTheFloorsAndFitsInThreePasses() {
        Document doc = doc(30).withSections(List.of(new Section("summary", "Summary",
                IntStream.range(0, 30).mapToObj(i -> "paragraph " + i + " " + "word ".repeat(100)).toList())));
        assertTrue(PageFit.guess(doc, Layout.standard("a4")) > PageFit.CLEARLY_OVER, "the guess sees it is long");
        List<Layout> laidOut = new ArrayList<>();
        Function<Document, Measure> renderer = fakeRenderer(0.1);
        PageFit.Result r = new PageFit(d -> {
            laidOut.add(d.layout());
            return renderer.apply(d);
        }).fit(doc, 1, Set.of(), Path.of("p.yaml"));
        assertEquals(PageFit.FLOOR_PT, laidOut.get(0).fontPt(), "first pass at the floors: " + laidOut);
        assertTrue(r.passes() <= 3, "passes: " + r.passes() + " " + laidOut);
        assertTrue(r.dropped().get(0).startsWith("paragraph 29"), r.dropped().toString());
        double filled = renderer.apply(r.document()).filledPages();
        assertTrue(filled <= 1 && filled > 0.85, "well filled: " + filled);
    }

    @Test
    void aModelTooHopefulAboutTheFloorsStillEndsByDropping() {
        // a renderer whose fullness ignores the layout: the model predicts the floors fit, they do not
        Function<Document, Measure> stubborn = d -> {
            int items = d.sections().stream().mapToInt(s -> s.items().size()).sum();
            Map<String, Double> heights = new HashMap<>();
            for (Section s : d.sections()) {
                for (int i = 0; i < s.items().size(); i++) heights.put(s.id() + "-" + i, 0.1);
            }
            return new Measure((int) Math.floor(items * 0.1) + 1, items * 0.1, heights);
        };
        PageFit.Result r = new PageFit(stubborn).fit(doc(11), 1, Set.of(), Path.of("p.yaml"));
        assertEquals(List.of("paragraph 10", "paragraph 9"), r.dropped());
        assertTrue(r.passes() <= PageFit.MAX_PASSES + 4, "passes: " + r.passes());
    }
}
