package dev.vita.select;

import dev.vita.model.CustomSection;
import dev.vita.model.Cv;
import dev.vita.model.Entry;
import dev.vita.model.EntryKind;
import dev.vita.model.Item;
import dev.vita.model.Labels;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.model.Role;
import dev.vita.model.StandardSection;
import dev.vita.model.Variant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Picks, orders and caps what a variant shows. */
public final class Selector {
    /** Every standard section, in the full CV's order, with its English heading. */
    public static final Map<String, String> SECTIONS = sections();

    private static Map<String, String> sections() {
        Labels en = Labels.of("en", null);
        Map<String, String> m = new LinkedHashMap<>();
        for (String id : StandardSection.ids()) m.put(id, en.get(id));
        return m;
    }

    /** The variants built when the profile declares none; their titles come from the profile's language. */
    public static Map<String, Variant> defaultVariants() {
        Map<String, Variant> m = new LinkedHashMap<>();
        m.put("cv", new Variant(null, List.of(), List.of(), null, null, null, List.of(), null, false, null, null));
        m.put("resume", new Variant(null, List.of("summary", "experience", "education", "publications", "projects", "skills"),
                List.of(), Map.of("summary", 1), 1, null, List.of("experience", "education"), null, true, null, null));
        return m;
    }

    /** The profile's variants, or the defaults. */
    public static Map<String, Variant> variants(Profile p) {
        return p.variants().isEmpty() ? defaultVariants() : p.variants();
    }

    /** Makes the document one variant shows. */
    public Document select(Cv cv, String name, Variant v, String pageSize, String generator) {
        Profile p = cv.profile();
        Labels labels = Labels.of(p.locale(), p.labels());
        Entries entries = new Entries(labels, v.compact());
        Map<String, CustomSection> custom = new LinkedHashMap<>();
        for (CustomSection c : p.sections()) custom.putIfAbsent(c.sectionId(), c);
        List<String> order = new ArrayList<>(v.sections());
        if (order.isEmpty()) {
            order.addAll(StandardSection.ids());
            order.addAll(custom.keySet());
        }
        List<Section> sections = new ArrayList<>();
        for (String id : order) {
            StandardSection std = StandardSection.of(id);
            CustomSection c = custom.get(id);
            Section s;
            if (std != null) {
                s = new Section(id, labels.get(id), std.kind().id(), standard(std, cv, v, entries));
            } else if (c != null) {
                EntryKind kind = kind(c);
                List<Entry> picked = pick(c.entries(), v, id);
                List<EntryView> items = new ArrayList<>();
                for (int i = 0; i < picked.size(); i++) items.add(entries.entry(picked.get(i), kind, i));
                s = new Section(id, labels.find(id) != null ? labels.get(id) : c.title(), kind.id(), items);
            } else {
                throw new IllegalArgumentException("unknown section '" + id + "'");
            }
            if (!s.items().isEmpty()) sections.add(s);
        }
        String size = v.pageSize() != null ? v.pageSize() : pageSize;
        String title = v.title() != null ? v.title()
                : labels.find("title." + name) != null ? labels.get("title." + name) : labels.get("title.cv");
        return new Document(name, title, p, sections, legend(p, sections, labels), Layout.standard(size), v.compact(), generator,
                labels, v.photo() ? cv.photo() : null);
    }

    /** The items of a standard section, picked by the variant and drawn as entry views (papers stay papers). */
    private static List<?> standard(StandardSection std, Cv cv, Variant v, Entries entries) {
        Profile p = cv.profile();
        String id = std.id();
        return switch (std) {
            case SUMMARY -> cap(p.summary(), v, id).stream().map(entries::paragraph).toList();
            case INTERESTS -> p.interests().isEmpty() ? List.of() : List.of(entries.interests(cap(p.interests(), v, id)));
            case EXPERIENCE -> pick(p.experience(), v, id).stream().map(entries::experience).toList();
            case EDUCATION -> pick(p.education(), v, id).stream().map(entries::education).toList();
            case PUBLICATIONS -> pick(publications(cv.publications(), v, p.publications().groupBy()), v, id);
            case PROJECTS -> pick(p.projects(), v, id).stream().map(entries::project).toList();
            case OPENSOURCE -> pick(p.openSource(), v, id).stream().map(entries::openSource).toList();
            case SKILLS -> pick(p.skills(), v, id).stream().map(entries::skills).toList();
            default -> {
                List<Entry> picked = pick(std.entries(p), v, id);
                List<EntryView> out = new ArrayList<>();
                for (int i = 0; i < picked.size(); i++) out.add(entries.entry(picked.get(i), std.kind(), i));
                yield out;
            }
        };
    }

    /**
     * A custom section's kind: the one it names, else inferred from its entries: plain strings make
     * a bullet list, label/details mappings one-line entries, anything else detailed entries.
     */
    static EntryKind kind(CustomSection c) {
        EntryKind named = EntryKind.of(c.kind());
        if (named != null) return named;
        boolean allText = c.entries().stream().allMatch(e -> e.text() != null && e.title() == null && e.label() == null);
        if (allText) return EntryKind.BULLET;
        boolean oneLine = c.entries().stream().allMatch(e -> e.label() != null && e.title() == null);
        return oneLine ? EntryKind.ONELINE : EntryKind.DETAILED;
    }

    /** Headings for the badge kinds, in the order their groups appear; other kinds follow alphabetically. */
    private static final Map<String, String> KIND_HEADINGS = kindHeadings();

    private static Map<String, String> kindHeadings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Journal", "Journal Articles");
        m.put("Conference", "Conference Papers");
        m.put("Workshop", "Workshop Papers");
        m.put("Book", "Books and Chapters");
        m.put("Chapter", "Books and Chapters");
        m.put("Preprint", "Preprints");
        m.put("Thesis", "Theses");
        m.put("Report", "Technical Reports");
        m.put("Patent", "Patents");
        return m;
    }

    /** The group heading of a paper under a grouping (none, type or year), in the document's language. */
    static String groupHeading(Publication p, String groupBy, Labels labels) {
        return switch (groupBy) {
            case "type" -> KIND_HEADINGS.containsKey(p.kind())
                    ? labels.get("group." + (p.kind().equals("Chapter") ? "book" : p.kind().toLowerCase(java.util.Locale.ROOT)))
                    : p.kind();
            case "year" -> p.year() == null ? labels.get("group.undated") : p.year();
            default -> "";
        };
    }

    /** Newest first (grouped by type first when asked); stable, so file order breaks ties. */
    static List<Publication> publications(List<Publication> all, Variant v, String groupBy) {
        List<Publication> sorted = new ArrayList<>(all);
        Comparator<Publication> newest = Comparator.comparingInt((Publication p) -> yearRank(p.year()))
                .thenComparingInt(p -> monthRank(p.month())).reversed();
        if (groupBy.equals("type")) {
            List<String> kinds = new ArrayList<>(KIND_HEADINGS.keySet());
            Comparator<Publication> byKind = Comparator.comparingInt((Publication p) ->
                    kinds.contains(p.kind()) ? kinds.indexOf(p.kind()) : kinds.size()).thenComparing(Publication::kind);
            newest = byKind.thenComparing(newest);
        }
        sorted.sort(newest);
        if (Boolean.TRUE.equals(v.selectedPublicationsOnly())) sorted.removeIf(p -> !p.selected());
        return sorted;
    }

    /** A year as a number; "to appear", "in press" and other words count as newest, a missing year as oldest. */
    static int yearRank(String year) {
        if (year == null || year.isBlank()) return Integer.MIN_VALUE;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(year);
        return m.find() ? Integer.parseInt(m.group()) : Integer.MAX_VALUE;
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    static int monthRank(String month) {
        if (month == null) return 0;
        String m = month.trim().toLowerCase(java.util.Locale.ROOT);
        if (m.matches("\\d{1,2}")) return Integer.parseInt(m);
        return m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) + 1 : 0;
    }

    private static <T extends Item> List<T> pick(List<T> items, Variant v, String section) {
        List<T> out = new ArrayList<>();
        for (T item : items) {
            if (v.tags().isEmpty() || item.tags().isEmpty() || item.tags().stream().anyMatch(v.tags()::contains)) {
                out.add(item);
            }
        }
        return cap(out, v, section);
    }

    private static <T> List<T> cap(List<T> items, Variant v, String section) {
        Integer cap = v.maxItems().get(section);
        return cap != null && items.size() > cap ? items.subList(0, cap) : items;
    }

    /** Exactly the roles present among the shown papers, in role order. */
    static List<LegendEntry> legend(Profile p, List<Section> sections, Labels labels) {
        Set<Role> present = EnumSet.noneOf(Role.class);
        for (Section s : sections) {
            for (Object item : s.items()) {
                if (!(item instanceof Publication pub)) continue;
                // roles of authors cut by maxAuthors are not shown, so they need no legend
                AuthorList.shown(pub, p.publications()).forEach(a -> present.addAll(a.roles()));
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        for (Role r : present) out.add(new LegendEntry(p.publications().marker(r), labels.get("legend." + r.key())));
        return out;
    }
}
