package dev.vita.render;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.DefaultLocaleProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.vita.model.Author;
import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes papers in a CSL citation style (APA, IEEE, Chicago, …) with citeproc-java, one paper at a
 * time, then lays Vita's roles on top: each author's family name carries an invisible tag through the
 * style ({@link CitedFormat}), so the person's own name is found and set in bold and role marks go after
 * the right authors whatever order, initials or punctuation the style chose. A CV names every author,
 * so the style's "et al." limits are lifted; the style's own number ([1]) gives way to Vita's.
 */
public final class CitationStyle {
    /** Attributes a CV's list does without: "et al." limits (a CV names every author) and title casing (titles stay as written). */
    private static final Pattern LIFTED = Pattern.compile("\\s(et-al-min|et-al-use-first|et-al-subsequent-min|et-al-subsequent-use-first)=\"\\d+\"|\\stext-case=\"title\"");
    private static final Pattern NUMBER_APART = Pattern.compile("<bibliography[^>]*second-field-align=\"(flush|margin)\"");
    private static final String ID = "vita";

    private final CSL csl;
    private final CitedFormat format;
    private final OneItem items = new OneItem();

    /** Loads a style from its XML (see load/CslStyleFile); {@code name} is only for messages. */
    public CitationStyle(String name, String xml) {
        format = new CitedFormat(NUMBER_APART.matcher(xml).find());
        try {
            csl = new CSL(items, new DefaultLocaleProvider(), new DefaultAbbreviationProvider(), LIFTED.matcher(xml).replaceAll(""), "en-US");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("CSL style '" + name + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** Every paper in the style, by key. */
    public synchronized Map<String, Cited> format(List<Publication> pubs, PublicationSettings settings) {
        Map<String, Cited> out = new LinkedHashMap<>();
        for (Publication p : pubs) out.put(p.key(), format(p, settings));
        return out;
    }

    private Cited format(Publication p, PublicationSettings settings) {
        List<Author> authors = p.authors().stream().filter(a -> !(a.given().isEmpty() && a.family().equals("et al."))).toList();
        items.current = item(p, authors);
        csl.reset();
        csl.setOutputFormat(format); // reset() also forgets the output format
        csl.registerCitationItems(ID);
        csl.makeBibliography();
        List<String> marks = authors.stream()
                .map(a -> a.roles().stream().sorted().map(settings::marker).collect(Collectors.joining())).toList();
        List<Boolean> self = authors.stream().map(Author::self).toList();
        return format.lastEntry(self, marks, authors.stream().map(a -> !a.given().isBlank()).toList());
    }

    /** The paper as CSL data; each author's family name starts with its tag (a private-use character). */
    private static CSLItemData item(Publication p, List<Author> authors) {
        Map<String, String> f = p.source() == null ? Map.of() : p.source().fields();
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(ID).type(type(p)).title(p.title().text());
        CSLName[] names = new CSLName[authors.size()];
        for (int k = 0; k < authors.size(); k++) {
            Author a = authors.get(k);
            CSLNameBuilder n = new CSLNameBuilder().family(CitedFormat.tag(k) + a.family());
            if (!a.given().isBlank()) n.given(a.given());
            names[k] = n.build();
        }
        if (names.length > 0) b.author(names);
        if (p.venue() != null) b.containerTitle(p.venue().text());
        Integer year = year(p.year());
        if (year != null) {
            int month = month(p.month());
            if (month > 0) b.issued(year, month);
            else b.issued(year);
        }
        String v = clean(f.get("volume"));
        if (v != null) b.volume(v);
        String n = clean(f.get("number"));
        if (n != null) {
            if (p.entryType().equals("article")) b.issue(n);
            else b.number(n);
        }
        String pages = clean(f.get("pages"));
        if (pages != null) b.page(pages);
        String publisher = clean(first(f, "publisher", "school", "institution", "organization"));
        if (publisher != null) b.publisher(publisher);
        String place = clean(f.get("address"));
        if (place != null) b.publisherPlace(place);
        String edition = clean(f.get("edition"));
        if (edition != null) b.edition(edition);
        if (p.entryType().equals("phdthesis")) b.genre("PhD thesis");
        if (p.entryType().equals("mastersthesis")) b.genre("Master's thesis");
        if (p.doi() != null) b.DOI(p.doi());
        else if (p.url() != null) b.URL(p.url());
        return b.build();
    }

    private static CSLType type(Publication p) {
        if ("Preprint".equals(p.kind())) return CSLType.ARTICLE;
        return switch (p.entryType()) {
            case "article" -> CSLType.ARTICLE_JOURNAL;
            case "inproceedings", "conference", "proceedings" -> CSLType.PAPER_CONFERENCE;
            case "book", "mvbook", "collection" -> CSLType.BOOK;
            case "incollection", "inbook", "bookinbook" -> CSLType.CHAPTER;
            case "phdthesis", "mastersthesis", "thesis" -> CSLType.THESIS;
            case "techreport", "report" -> CSLType.REPORT;
            case "patent" -> CSLType.PATENT;
            case "software" -> CSLType.SOFTWARE;
            case "dataset" -> CSLType.DATASET;
            default -> CSLType.ARTICLE;
        };
    }

    private static String first(Map<String, String> f, String... names) {
        for (String n : names) {
            if (f.get(n) != null) return f.get(n);
        }
        return null;
    }

    /** Volume, pages and publisher come raw from BibTeX: braces, ties and dashes become text. */
    static String clean(String raw) {
        if (raw == null) return null;
        String s = raw.replace("---", "—").replace("--", "–").replace("\\&", "&").replace("~", " ")
                .replace("{", "").replace("}", "").replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    private static Integer year(String year) {
        if (year == null) return null;
        Matcher m = Pattern.compile("\\d{4}").matcher(year);
        return m.find() ? Integer.valueOf(m.group()) : null;
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static int month(String month) {
        if (month == null) return 0;
        String m = month.trim().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}")) {
            int n = Integer.parseInt(m);
            return n >= 1 && n <= 12 ? n : 0;
        }
        return m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) + 1 : 0;
    }

    /** The one paper being written; the processor asks for it by the fixed id. */
    private static final class OneItem implements ItemDataProvider {
        CSLItemData current;

        @Override
        public CSLItemData retrieveItem(String id) {
            return current;
        }

        @Override
        public java.util.Collection<String> getIds() {
            return current == null ? List.of() : List.of(ID);
        }
    }
}
