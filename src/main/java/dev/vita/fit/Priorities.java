package dev.vita.fit;

import dev.vita.model.Education;
import dev.vita.model.Item;
import dev.vita.model.PartialDate;
import dev.vita.model.Position;
import dev.vita.model.Project;
import dev.vita.model.Publication;
import dev.vita.select.EntryView;
import dev.vita.select.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The order in which a fit drops items: lowest priority first. An item's priority is its
 * {@code priority} field, or else derived from its place: the first item of a section has 10, the
 * next 9, and so on down to 0. Ties go to the older item, then to the later section.
 */
final class Priorities {
    private Priorities() {}

    /** An item that may be dropped, and where it stands. */
    record Candidate(String section, int sectionOrder, int index, Object item, int priority, int year) {
        /** The id the templates give this entry: section id, dash, index. */
        String key() {
            return section + "-" + index;
        }

        String label() {
            return item instanceof Item i ? i.describe() : abbreviate(item.toString());
        }
    }

    /** Every droppable item, the first to drop first. */
    static List<Candidate> dropOrder(List<Section> sections, Set<String> required) {
        List<Candidate> out = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section sec = sections.get(s);
            if (required.contains(sec.id())) continue;
            for (int i = 0; i < sec.items().size(); i++) {
                Object item = sec.items().get(i);
                Integer explicit = item instanceof Item it ? it.priority() : null;
                int priority = explicit != null ? explicit : Math.max(0, 10 - i);
                out.add(new Candidate(sec.id(), s, i, item, priority, year(item)));
            }
        }
        out.sort(Comparator.comparingInt(Candidate::priority)
                .thenComparingInt(Candidate::year)
                .thenComparing(Comparator.comparingInt(Candidate::sectionOrder).reversed())
                .thenComparing(Comparator.comparingInt(Candidate::index).reversed()));
        return out;
    }

    /** The year that dates an item (its end, else its start), or a late year when undated. */
    static int year(Object item) {
        PartialDate d = null;
        if (item instanceof Position p) d = p.end() != null ? p.end() : p.start();
        if (item instanceof Project p) d = p.end() != null ? p.end() : p.start();
        if (item instanceof Education e) d = e.end() != null ? e.end() : e.start();
        if (item instanceof EntryView v) return v.year();
        if (item instanceof Publication p && p.year() != null && p.year().matches("\\d{4}")) return Integer.parseInt(p.year());
        return d == null ? 9999 : d.year();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "…";
    }
}
