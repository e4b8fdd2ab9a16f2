package dev.vita.fit;

import dev.vita.emit.PdfEmitter.Measure;
import dev.vita.problem.UserError;
import dev.vita.select.Document;
import dev.vita.select.Layout;
import dev.vita.select.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Fits a document into its page limit with layout-only passes of the renderer, in three steps:
 * tighten type and spacing towards the typographic floors, drop whole items of lowest priority if
 * the floors are not enough, then grow spacing back so the last page is well filled. Each pass
 * measures how full the pages are, so the search interpolates instead of stepping; it is bounded
 * and deterministic.
 */
public final class PageFit {
    /** Typographic floors: body 9 pt, margins 12 mm, leading 1.15, and a minimum section gap. */
    static final Layout FLOOR_SHAPE = new Layout("a4", 9.0, 12, 1.15, 0.7);
    /** How full the last page may be: a little slack absorbs rounding between passes. */
    static final double TARGET = 0.985;
    /** A last page this full needs no more growing. */
    static final double WELL_FILLED = 0.95;
    static final int MAX_PASSES = 12;

    private final Function<Document, Measure> measure;
    private int passes;

    /** {@code measure} lays a document out (no PDF writing) and reports how full it is. */
    public PageFit(Function<Document, Measure> measure) {
        this.measure = measure;
    }

    /** The fitted document and what was done to it. */
    public record Result(Document document, int pages, List<String> dropped, int passes) {
        /** One report line, e.g. "resume: 1 page · 9.5 pt · margins 14 mm · dropped 3 items (…)". */
        public String report() {
            Layout l = document.layout();
            String s = String.format(Locale.ROOT, "%s: %d page%s · %.1f pt · margins %.0f mm · leading %.2f",
                    document.variant(), pages, pages == 1 ? "" : "s", l.fontPt(), l.marginMm(), l.leading());
            s += dropped.isEmpty() ? " · nothing dropped"
                    : " · dropped " + dropped.size() + " item" + (dropped.size() == 1 ? "" : "s") + " (" + String.join(", ", dropped) + ")";
            return s + " · " + passes + " layout passes";
        }
    }

    /** Fits {@code doc} into {@code maxPages}; {@code required} sections are never dropped from. */
    public Result fit(Document doc, int maxPages, Set<String> required, Path profileFile) {
        passes = 0;
        Layout loose = doc.layout();
        Layout tight = new Layout(loose.pageSize(), FLOOR_SHAPE.fontPt(), FLOOR_SHAPE.marginMm(),
                FLOOR_SHAPE.leading(), FLOOR_SHAPE.sectionGapEm());
        double limit = maxPages * 1.0;

        Measure atLoose = pass(doc, loose);
        if (fits(atLoose, maxPages)) return new Result(doc, atLoose.pages(), List.of(), passes);

        Measure atTight = pass(doc, tight);
        Document kept = doc;
        List<String> dropped = new ArrayList<>();
        if (!fits(atTight, maxPages)) {
            // drop the lowest-priority items whose measured heights cover the overflow, then check
            List<Priorities.Candidate> order = Priorities.dropOrder(doc.sections(), required);
            Set<Priorities.Candidate> gone = new HashSet<>();
            var heights = atTight.heights(); // of the full document, keyed by section and index
            double overflow = atTight.filledPages() - limit * TARGET;
            int next = 0;
            while (true) {
                double freed = 0;
                while (freed < overflow && next < order.size()) {
                    Priorities.Candidate c = order.get(next++);
                    gone.add(c);
                    freed += heights.getOrDefault(c.section() + "-" + c.index(), 0.02);
                }
                kept = without(doc, gone);
                Measure m = pass(kept, tight);
                if (fits(m, maxPages)) {
                    atTight = m;
                    break;
                }
                if (next >= order.size() || passes >= MAX_PASSES) {
                    throw new UserError(profileFile, String.format(Locale.ROOT,
                            "variant '%s' does not fit on %d page%s even at %.1f pt with %.0f mm margins after dropping every "
                                    + "droppable item; still %.2f pages of: %s", doc.variant(), maxPages, maxPages == 1 ? "" : "s",
                            tight.fontPt(), tight.marginMm(), m.filledPages(), sectionNames(kept)));
                }
                overflow = m.filledPages() - limit * TARGET;
                atTight = m;
            }
            // heights are estimates: give back the last item dropped if the page still holds it
            if (gone.size() > 1 && passes < MAX_PASSES) {
                Priorities.Candidate last = order.get(next - 1);
                gone.remove(last);
                Document fuller = without(doc, gone);
                Measure m = pass(fuller, tight);
                if (fits(m, maxPages)) {
                    kept = fuller;
                    atTight = m;
                } else {
                    gone.add(last);
                }
            }
            for (Priorities.Candidate c : order) {
                if (gone.contains(c)) dropped.add(c.label());
            }
            atLoose = pass(kept, loose);
            if (fits(atLoose, maxPages)) return new Result(kept, atLoose.pages(), dropped, passes);
        }
        // between the tight layout (fits) and the loose one (overflows): interpolate on fullness
        double lo = 0; // fraction of the way from tight to loose that is known to fit
        double hi = 1; // known to overflow
        double fillLo = atTight.filledPages();
        double fillHi = atLoose.filledPages();
        Document best = kept.withLayout(tight);
        int pages = atTight.pages();
        // stop once the last page is well filled: more passes would move things by a hair
        while (passes < MAX_PASSES && hi - lo > 0.03 && fillLo < limit * WELL_FILLED) {
            double t = lo + (hi - lo) * Math.max(0.1, Math.min(0.9, (limit * TARGET - fillLo) / (fillHi - fillLo)));
            Layout l = between(tight, loose, t);
            Measure m = pass(kept, l);
            if (fits(m, maxPages)) {
                lo = t;
                fillLo = m.filledPages();
                best = kept.withLayout(l);
                pages = m.pages();
            } else {
                hi = t;
                fillHi = m.filledPages();
            }
        }
        return new Result(best, pages, dropped, passes);
    }

    private Measure pass(Document doc, Layout layout) {
        passes++;
        return measure.apply(doc.withLayout(layout));
    }

    private static boolean fits(Measure m, int maxPages) {
        return m.pages() <= maxPages;
    }

    /** The layout a fraction {@code t} of the way from {@code a} to {@code b}, rounded to what prints cleanly. */
    static Layout between(Layout a, Layout b, double t) {
        return new Layout(a.pageSize(),
                round(a.fontPt() + (b.fontPt() - a.fontPt()) * t, 0.1),
                round(a.marginMm() + (b.marginMm() - a.marginMm()) * t, 0.5),
                round(a.leading() + (b.leading() - a.leading()) * t, 0.01),
                round(a.sectionGapEm() + (b.sectionGapEm() - a.sectionGapEm()) * t, 0.05));
    }

    private static double round(double v, double step) {
        return Math.round(v / step) * step;
    }

    private static Document without(Document doc, Set<Priorities.Candidate> gone) {
        List<Section> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                int index = i;
                if (gone.stream().noneMatch(c -> c.section().equals(s.id()) && c.index() == index)) items.add(s.items().get(i));
            }
            if (!items.isEmpty()) sections.add(new Section(s.id(), s.title(), items));
        }
        return doc.withSections(sections);
    }

    private static String sectionNames(Document doc) {
        return String.join(", ", doc.sections().stream().map(Section::title).toList());
    }
}
