package dev.vita.select;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vita.load.CvReader;
import dev.vita.model.Cv;
import dev.vita.model.Item;
import dev.vita.problem.Warnings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a variant picks: section order, tag filtering and caps. */
class SelectorTest {
    private final Cv cv = new CvReader().read(Path.of("src/test/resources/profiles/variants"), List.of(), Warnings.quiet());

    private Document select(String variant) {
        return new Selector().select(cv, variant, Selector.variants(cv.profile()).get(variant), "a4", "Vita test");
    }

    private static List<String> labels(Section s) {
        return s.items().stream().map(i -> ((Item) i).describe()).toList();
    }

    @Test
    void variantOrdersSectionsFiltersByTagAndCaps() {
        Document d = select("systems");
        assertEquals(List.of("skills", "experience", "projects"), d.sections().stream().map(Section::id).toList());
        // untagged items are shown everywhere; tagged ones only where a tag matches
        assertEquals(List.of("Systems Co", "Everywhere Co"), labels(d.sections().get(1)));
        assertEquals(List.of("P1", "P2"), labels(d.sections().get(2)));
        assertEquals("letter", d.layout().pageSize());
        assertEquals("Systems Résumé", d.title());
    }

    @Test
    void declaredVariantsReplaceTheDefaults() {
        assertEquals(List.of("systems"), List.copyOf(Selector.variants(cv.profile()).keySet()));
    }

    @Test
    void legendFollowsTheShownPapers() {
        Cv sample = new CvReader().read(Path.of("profile"), List.of(), Warnings.quiet());
        Document cvDoc = new Selector().select(sample, "cv", Selector.defaultVariants().get("cv"), "a4", "test");
        assertEquals(List.of(new LegendEntry("*", "Equal contribution")), cvDoc.legend());
        List<Section> unmarkedOnly = cvDoc.sections().stream()
                .map(s -> s.id().equals("publications")
                        ? new Section(s.id(), s.title(), s.items().stream()
                                .filter(p -> !((dev.vita.model.Publication) p).hasRoles()).toList())
                        : s)
                .toList();
        assertEquals(List.of(), cvDoc.withSections(unmarkedOnly).legend());
    }
}
