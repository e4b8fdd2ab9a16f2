package dev.vita.load;

import dev.vita.model.Cv;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import dev.vita.model.RichText;
import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import dev.vita.select.Document;
import dev.vita.select.Selector;
import dev.vita.select.ShownAuthor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads .bib files as a fixed test person (Ada Lovelace) and describes the result as plain text for expected files. */
public final class BibFixture {
    public static final String NAME = "Ada Lovelace";
    public static final List<String> ALIASES = List.of("A. A. Lovelace");

    private BibFixture() {}

    /** What reading gave: the publications and every warning. */
    public record Result(List<Publication> publications, List<Problem> warnings, Document doc) {}

    /** The test person's profile with these publication settings. */
    public static Profile profile(PublicationSettings s) {
        return new Profile(NAME, ALIASES, null, null, null, null, null, null, null, null, null, null, s, null, null, null, null, null);
    }

    /** Reads the files with the given settings and selects the full CV. */
    public static Result read(PublicationSettings s, Path... files) {
        Warnings w = Warnings.quiet();
        List<Publication> pubs = new BibReader(new NameMatcher(NAME, ALIASES), s, w).read(List.of(files));
        Profile p = profile(s);
        Document doc = new Selector().select(new Cv(p, pubs), "cv", Selector.defaultVariants().get("cv"), "a4", "test");
        return new Result(pubs, w.all(), doc);
    }

    /**
     * Settings from a first line such as {@code % settings: authorStyle=full; maxAuthors=3; markers=equal:#,corresponding:✉};
     * defaults otherwise.
     */
    public static PublicationSettings settings(String firstLine) {
        Map<String, String> kv = new HashMap<>();
        if (firstLine.startsWith("% settings:")) {
            for (String item : firstLine.substring("% settings:".length()).split(";")) {
                String[] p = item.split("=", 2);
                if (p.length == 2) kv.put(p[0].trim(), p[1].trim());
            }
        }
        Map<String, String> markers = null;
        if (kv.containsKey("markers")) {
            markers = new HashMap<>();
            for (String m : kv.get("markers").split(",")) {
                String[] p = m.split(":", 2);
                markers.put(p[0], p[1]);
            }
        }
        return new PublicationSettings(List.of(), markers, kv.get("authorStyle"),
                kv.containsKey("maxAuthors") ? Integer.valueOf(kv.get("maxAuthors")) : null, kv.get("groupBy"),
                kv.containsKey("numbered") ? Boolean.valueOf(kv.get("numbered")) : null);
    }

    /** Every shown entry (in CV order) and every warning, one fact per line. */
    public static String describe(Result r) {
        StringBuilder sb = new StringBuilder();
        List<?> shown = r.doc().sections().stream().filter(s -> s.id().equals("publications"))
                .findFirst().map(s -> s.items()).orElse(List.of());
        for (Object o : shown) {
            Publication p = (Publication) o;
            if (r.doc().startsGroup(p)) sb.append("== ").append(r.doc().group(p)).append('\n');
            sb.append('@').append(p.key()).append(" [").append(p.kind()).append("] ").append(p.year() == null ? "-" : p.year());
            if (r.doc().number(p) != null) sb.append(" #").append(r.doc().number(p));
            if (p.selected()) sb.append(" selected");
            sb.append('\n');
            sb.append("  title: ").append(rich(p.title())).append('\n');
            if (!p.authors().isEmpty()) {
                sb.append("  authors: ");
                List<ShownAuthor> as = r.doc().authors(p);
                for (int k = 0; k < as.size(); k++) {
                    ShownAuthor a = as.get(k);
                    if (k > 0) sb.append(", ");
                    if (a.gapBefore()) sb.append("…, ");
                    sb.append(a.self() ? "**" + a.name() + "**" : a.name()).append(a.marks());
                }
                if (r.doc().etAl(p)) sb.append(", et al.");
                sb.append('\n');
            }
            if (p.venue() != null) sb.append("  venue: ").append(rich(p.venue())).append('\n');
            if (p.award() != null) sb.append("  award: ").append(rich(p.award())).append('\n');
            if (p.note() != null) sb.append("  note: ").append(rich(p.note())).append('\n');
            p.links().forEach(l -> sb.append("  link: ").append(l.label()).append(' ').append(l.url()).append('\n'));
        }
        if (!r.doc().legend().isEmpty()) {
            sb.append("legend:");
            r.doc().legend().forEach(l -> sb.append(' ').append(l.symbol()).append(' ').append(l.text()).append(';'));
            sb.append('\n');
        }
        for (Problem w : r.warnings()) {
            sb.append("warning: ").append(w.file() == null ? "" : w.file().getFileName() + ":")
                    .append(w.line() > 0 ? w.line() + ": " : " ").append(w.message()).append('\n');
        }
        return sb.toString();
    }

    /** Emphasis shown as _italic_ and **bold**; a no-break space as ⍽ so it is visible. */
    public static String rich(RichText t) {
        StringBuilder sb = new StringBuilder();
        for (RichText.Span s : t.spans()) {
            String x = s.text().replace('\u00A0', '⍽');
            if (s.italic()) x = "_" + x + "_";
            if (s.bold()) x = "**" + x + "**";
            sb.append(x);
        }
        return sb.toString();
    }
}
