package dev.vita.fit;

import dev.vita.emit.PdfEmitter.Measure;
import dev.vita.select.Document;
import dev.vita.select.Layout;
import dev.vita.select.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Fits a document into its page limit with layout-only passes of the renderer: tighten type and
 * spacing towards the typographic floors, drop whole items of lowest priority when the floors are
 * not enough, then grow spacing back so the last page is well filled.
 *
 * <p>Each pass reports how full the pages are and how tall each entry is, and a simple model of
 * how fullness grows with type size, leading and text area predicts the next layout, so a fit
 * usually takes three or four passes. A document that a guess from its text length puts far over
 * its limit is measured at the floors first, where it will drop items anyway (the sample's résumé:
 * three passes). The search is bounded and deterministic.
 */
public final class PageFit {
    /** Typographic floors: body 9 pt, margins 12 mm, leading 1.15, and a minimum section gap. */
    static final double FLOOR_PT = 9.0;
    static final double FLOOR_MARGIN_MM = 12;
    static final double FLOOR_LEADING = 1.15;
    static final double FLOOR_GAP_EM = 0.7;
    /** Aim a little below a full page: rounding between the model and a real pass eats the rest. */
    static final double TARGET = 0.985;
    /** A last page this full needs no more growing. */
    static final double WELL_FILLED = 0.95;
    static final int MAX_PASSES = 12;
    /** The guess's scale: pages per character of item text at the standard layout (the sample's résumé: 11,066 characters, 2.14 pages). */
    static final double PAGES_PER_CHAR = 1 / 5200.0;
    /** A guess this many times the limit starts the fit at the floors (a wrong start costs one pass). */
    static final double CLEARLY_OVER = 1.3;
    /** The date column the templates set beside every entry; it does not scale with the type. */
    static final double DATE_COLUMN_MM = 35;

    private final Function<Document, Measure> measure;
    private int passes;

    /** {@code measure} lays a document out (no PDF writing) and reports how full it is. */
    public PageFit(Function<Document, Measure> measure) {
        this.measure = measure;
    }

    /** A report names this many dropped items at most, then counts the rest: 5,000 papers make one line, not 94 KB. */
    static final int NAMED_IN_REPORT = 10;

    /**
     * The fitted document and what was done to it; {@code overflow} is null when it fits, else the
     * warning for a document that cannot reach its limit and is kept at its closest fit.
     */
    public record Result(Document document, int pages, List<String> dropped, int passes, String overflow) {
        public Result(Document document, int pages, List<String> dropped, int passes) {
            this(document, pages, dropped, passes, null);
        }

        /** One report line, e.g. "resume: 1 page · 9.5 pt · margins 14 mm · dropped 3 items (…)". */
        public String report() {
            Layout l = document.layout();
            String s = String.format(Locale.ROOT, "%s: %d page%s%s · %.1f pt · margins %.0f mm · leading %.2f",
                    document.variant(), pages, pages == 1 ? "" : "s", overflow == null ? "" : " (over its limit)",
                    l.fontPt(), l.marginMm(), l.leading());
            s += dropped.isEmpty() ? " · nothing dropped"
                    : " · dropped " + dropped.size() + " item" + (dropped.size() == 1 ? "" : "s") + " (" + named(dropped) + ")";
            return s + " · " + passes + " layout passes";
        }

        private static String named(List<String> labels) {
            if (labels.size() <= NAMED_IN_REPORT) return String.join(", ", labels);
            return String.join(", ", labels.subList(0, NAMED_IN_REPORT)) + " and " + (labels.size() - NAMED_IN_REPORT) + " more";
        }
    }

    /** Fits {@code doc} into {@code maxPages}; {@code required} sections are never dropped from. */
    public Result fit(Document doc, int maxPages, Set<String> required, Path profileFile) {
        passes = 0;
        Layout loose = doc.layout();
        Layout tight = new Layout(loose.pageSize(), FLOOR_PT, FLOOR_MARGIN_MM, FLOOR_LEADING, FLOOR_GAP_EM);
        double target = maxPages * TARGET;

        // a document the guess puts well over its limit will have to drop items at the floors: measured
        // there first, its items' heights need no scaling, which saves the pass that corrects the scaling
        if (guess(doc, loose) > maxPages * CLEARLY_OVER) {
            Measure atTight = pass(doc, tight);
            if (fits(atTight, maxPages)) return grow(doc, tight, loose, atTight, null, List.of(), maxPages, target, required, profileFile);
            Dropped d = drop(doc, atTight.heights(), atTight.filledPages() - target, maxPages, target, required, tight, profileFile);
            if (d.overflow() != null) return d.closest(passes);
            return grow(d.kept(), tight, loose, d.atTight(), null, d.labels(), maxPages, target, required, profileFile);
        }

        Measure atLoose = pass(doc, loose);
        if (fits(atLoose, maxPages)) return new Result(doc.withLayout(loose), atLoose.pages(), List.of(), passes);

        // the model says how much tighter type makes the content; heights scale alike
        double shrink = density(tight) / density(loose);
        if (atLoose.filledPages() * shrink <= target) {
            return grow(doc, tight, loose, null, atLoose, List.of(), maxPages, target, required, profileFile);
        }
        Dropped d = drop(doc, scaled(atLoose.heights(), shrink), atLoose.filledPages() * shrink - target, maxPages, target,
                required, tight, profileFile);
        if (d.overflow() != null) return d.closest(passes);
        return grow(d.kept(), tight, loose, d.atTight(), atLoose, d.labels(), maxPages, target, required, profileFile);
    }

    private static Map<String, Double> scaled(Map<String, Double> heights, double factor) {
        Map<String, Double> out = new HashMap<>();
        heights.forEach((k, v) -> out.put(k, v * factor));
        return out;
    }

    /** What dropping left: the document kept, its measure at the floors, what went, and why it still overflows (or null). */
    private record Dropped(Document kept, Measure atTight, List<String> labels, String overflow) {
        /** The closest fit of a document that cannot reach its limit: at the floors, with everything droppable gone. */
        Result closest(int passes) {
            return new Result(kept, atTight.pages(), labels, passes, overflow);
        }
    }

    /**
     * Drops the lowest-priority items whose heights (at the floors, by section and index) cover the
     * overflow, then checks with a pass at the floors, dropping more while it still overflows.
     */
    private Dropped drop(Document doc, Map<String, Double> heights, double overflow, int maxPages, double target,
            Set<String> required, Layout tight, Path profileFile) {
        List<Priorities.Candidate> order = Priorities.dropOrder(doc.sections(), required);
        Set<Priorities.Candidate> gone = new HashSet<>();
        int next = 0;
        Document kept;
        Measure atTight;
        while (true) {
            double freed = 0;
            while (freed < overflow && next < order.size()) {
                Priorities.Candidate c = order.get(next++);
                gone.add(c);
                freed += heights.getOrDefault(c.key(), 0.02);
            }
            kept = without(doc, gone);
            Measure m = pass(kept, tight);
            if (fits(m, maxPages)) {
                atTight = m;
                break;
            }
            if (next >= order.size() || passes >= MAX_PASSES) {
                // the closest fit: still written, with one warning (an error only under --strict)
                return new Dropped(kept.withLayout(tight), m, labels(order, gone), tooLong(doc, kept, m, maxPages, next >= order.size()));
            }
            overflow = m.filledPages() - target;
        }
        // heights are estimates: give the last item back when the page has room for it
        Priorities.Candidate last = order.get(next - 1);
        if (gone.size() > 1 && atTight.filledPages() + heights.getOrDefault(last.key(), 1.0) <= target) {
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
        return new Dropped(kept, atTight, labels(order, gone), null);
    }

    private static List<String> labels(List<Priorities.Candidate> order, Set<Priorities.Candidate> gone) {
        List<String> labels = new ArrayList<>();
        for (Priorities.Candidate c : order) {
            if (gone.contains(c)) labels.add(c.label());
        }
        return labels;
    }

    /**
     * Finds the loosest layout between tight and loose that still fits: predicts with the model,
     * checks with a pass, and corrects the model by what the pass measured.
     */
    private Result grow(Document kept, Layout tight, Layout loose, Measure atTight, Measure atLoose, List<String> dropped,
            int maxPages, double target, Set<String> required, Path profileFile) {
        // calibrate the model on the most recent real measurement of this document
        double scale = atTight != null ? atTight.filledPages() / density(tight) : atLoose.filledPages() / density(loose);
        double lo = 0; // fraction of the way from tight to loose known to fit (0 = tight)
        double hi = 1; // known to overflow, when the document kept is the one measured loose
        Layout best = atTight != null ? tight : null;
        int bestPages = atTight != null ? atTight.pages() : 0;
        double bestFill = atTight != null ? atTight.filledPages() : 0;
        while (passes < MAX_PASSES && bestFill < maxPages * WELL_FILLED && hi - lo > 0.02) {
            double t = solve(tight, loose, scale, target, lo, hi);
            Layout l = between(tight, loose, t);
            Measure m = pass(kept, l);
            scale = m.filledPages() / density(l);
            if (fits(m, maxPages)) {
                lo = t;
                best = l;
                bestPages = m.pages();
                bestFill = m.filledPages();
            } else {
                hi = t;
            }
            if (t == 0 && !fits(m, maxPages)) break; // not even the floors fit: handled below
        }
        if (best == null) {
            // the model was too hopeful and the floors were never checked: check them now
            Measure m = pass(kept, tight);
            if (!fits(m, maxPages)) {
                Dropped d = drop(kept, m.heights(), m.filledPages() - target, maxPages, target, required, tight, profileFile);
                if (d.overflow() != null) return d.closest(passes);
                return grow(d.kept(), tight, loose, d.atTight(), atLoose, d.labels(), maxPages, target, required, profileFile);
            }
            best = tight;
            bestPages = m.pages();
        }
        return new Result(kept.withLayout(best), bestPages, dropped, passes);
    }

    /** The t in [lo, hi] where the model predicts {@code target} fullness (bisection on the model: no passes). */
    private static double solve(Layout tight, Layout loose, double scale, double target, double lo, double hi) {
        double a = lo;
        double b = hi;
        if (scale * density(between(tight, loose, b)) <= target) return b;
        for (int i = 0; i < 30; i++) {
            double mid = (a + b) / 2;
            if (scale * density(between(tight, loose, mid)) <= target) a = mid;
            else b = mid;
        }
        // stay strictly inside a known bracket so every pass teaches something new
        return Math.max(lo + (hi - lo) * 0.05, Math.min(a, hi - (hi - lo) * 0.05));
    }

    /**
     * Pages the document would fill at {@code layout}, guessed before any pass from the length of
     * its items' text (as Java prints the records) and the density model. Crude, and a theme may set
     * text much looser or tighter: it only chooses where the first pass looks, never the result.
     */
    static double guess(Document doc, Layout layout) {
        long chars = 0;
        for (Section s : doc.sections()) {
            for (Object item : s.items()) chars += String.valueOf(item).length();
        }
        return chars * PAGES_PER_CHAR * density(layout) / density(Layout.standard(layout.pageSize()));
    }

    /**
     * How much page a layout spends on the same text, up to a constant: lines grow with the type
     * size over the line length, each line costs size × leading, and the page offers its text height.
     */
    static double density(Layout l) {
        double width = l.widthMm() - 2 * l.marginMm() - DATE_COLUMN_MM;
        double height = l.heightMm() - l.marginMm() - l.bottomMarginMm();
        return l.fontPt() * l.fontPt() * l.leading() / (width * height);
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
        Set<String> keys = new HashSet<>();
        gone.forEach(c -> keys.add(c.key()));
        List<Section> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                if (!keys.contains(s.id() + "-" + i)) items.add(s.items().get(i));
            }
            if (!items.isEmpty()) sections.add(s.withItems(items));
        }
        return doc.withSections(sections);
    }

    /** The one warning for a variant that cannot reach its limit: by how much, what still fills it, what to do. */
    private static String tooLong(Document doc, Document kept, Measure m, int maxPages, boolean everyItem) {
        return String.format(Locale.ROOT,
                "variant '%s' does not fit on %d page%s: it overflows by %.2f pages even at %.1f pt with %.0f mm margins after dropping %s "
                        + "(still: %s); written at that closest fit, %d pages. Raise its maxPages, give the items to drop "
                        + "a lower priority, or mark fewer sections required (--strict makes this an error)",
                doc.variant(), maxPages, maxPages == 1 ? "" : "s", m.filledPages() - maxPages, FLOOR_PT, FLOOR_MARGIN_MM,
                everyItem ? "every droppable item" : "what " + MAX_PASSES + " layout passes could",
                String.join(", ", kept.sections().stream().map(Section::title).toList()), m.pages());
    }
}
