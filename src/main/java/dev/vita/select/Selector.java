package dev.vita.select;

import dev.vita.model.Cv;
import dev.vita.model.Item;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.model.Role;
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
    /** Every section Vita knows, in the full CV's order, with its default heading. */
    public static final Map<String, String> SECTIONS = sections();

    private static Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("summary", "Summary");
        m.put("interests", "Research Interests");
        m.put("experience", "Experience");
        m.put("education", "Education");
        m.put("publications", "Publications");
        m.put("projects", "Projects");
        m.put("opensource", "Open-Source Contributions");
        m.put("skills", "Skills");
        return m;
    }

    /** The variants built when the profile declares none. */
    public static Map<String, Variant> defaultVariants() {
        Map<String, Variant> m = new LinkedHashMap<>();
        m.put("cv", new Variant("Curriculum Vitae", List.of(), List.of(), null, null, null, List.of(), null, false));
        m.put("resume", new Variant("Résumé", List.of("summary", "experience", "education", "publications", "projects", "skills"),
                List.of(), Map.of("summary", 1), 1, null, List.of("experience", "education"), null, true));
        return m;
    }

    /** The profile's variants, or the defaults. */
    public static Map<String, Variant> variants(Profile p) {
        return p.variants().isEmpty() ? defaultVariants() : p.variants();
    }

    /** Makes the document one variant shows. */
    public Document select(Cv cv, String name, Variant v, String pageSize, String generator) {
        Profile p = cv.profile();
        List<String> order = v.sections().isEmpty() ? List.copyOf(SECTIONS.keySet()) : v.sections();
        List<Section> sections = new ArrayList<>();
        for (String id : order) {
            List<?> items = switch (id) {
                case "summary" -> cap(p.summary(), v, id);
                case "interests" -> cap(p.interests(), v, id);
                case "experience" -> pick(p.experience(), v, id);
                case "education" -> pick(p.education(), v, id);
                case "publications" -> pick(publications(cv.publications(), v, p.publications().groupBy()), v, id);
                case "projects" -> pick(p.projects(), v, id);
                case "opensource" -> pick(p.openSource(), v, id);
                case "skills" -> pick(p.skills(), v, id);
                default -> throw new IllegalArgumentException("unknown section '" + id + "'");
            };
            if (!items.isEmpty()) sections.add(new Section(id, SECTIONS.get(id), items));
        }
        String size = v.pageSize() != null ? v.pageSize() : pageSize;
        String title = v.title() != null ? v.title() : "Curriculum Vitae";
        return new Document(name, title, p, sections, legend(p, sections), Layout.standard(size), v.compact(), generator);
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

    /** The group heading of a paper under a grouping (none, type or year). */
    static String groupHeading(Publication p, String groupBy) {
        return switch (groupBy) {
            case "type" -> KIND_HEADINGS.getOrDefault(p.kind(), p.kind());
            case "year" -> p.year() == null ? "Undated" : p.year();
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
    static List<LegendEntry> legend(Profile p, List<Section> sections) {
        Set<Role> present = EnumSet.noneOf(Role.class);
        for (Section s : sections) {
            for (Object item : s.items()) {
                if (!(item instanceof Publication pub)) continue;
                // roles of authors cut by maxAuthors are not shown, so they need no legend
                AuthorList.shown(pub, p.publications()).forEach(a -> present.addAll(a.roles()));
            }
        }
        List<LegendEntry> out = new ArrayList<>();
        for (Role r : present) out.add(new LegendEntry(p.publications().marker(r), r.legend()));
        return out;
    }
}
