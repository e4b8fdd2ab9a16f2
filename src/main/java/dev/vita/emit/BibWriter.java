package dev.vita.emit;

import dev.vita.model.BibEntry;
import dev.vita.model.Publication;
import dev.vita.render.LatexEscaper;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes the person's papers as clean BibTeX for others to cite from: one field order, two-space
 * indentation, every value in braces, months as bibtex's macros, accented letters and symbols as LaTeX
 * commands (so classic 8-bit bibtex is safe; letters of other scripts stay UTF-8), and author roles in biblatex's {@code author+an}
 * rather than as symbols inside names. Values keep the LaTeX of the source (protected case, math).
 */
public final class BibWriter {
    /** The fixed order of known fields; any other field follows, alphabetically. */
    static final List<String> ORDER = List.of("author", "author+an", "editor", "editor+an", "title", "subtitle", "booktitle",
            "journal", "journaltitle", "series", "volume", "number", "pages", "edition", "chapter", "type", "school",
            "institution", "organization", "publisher", "address", "location", "howpublished", "year", "month", "date",
            "eprint", "archiveprefix", "eprinttype", "primaryclass", "doi", "url", "pdf", "code", "isbn", "issn", "note",
            "award", "keywords", "selected", "options", "abstract");
    /** Fields holding addresses or identifiers, written byte for byte. */
    private static final Set<String> VERBATIM = Set.of("url", "doi", "pdf", "code", "eprint", "file", "github", "repository");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /** The whole file. */
    public byte[] write(List<Publication> publications) {
        StringBuilder entries = new StringBuilder();
        for (Publication p : publications) entries.append('\n').append(entry(p.source()));
        boolean ascii = entries.chars().allMatch(c -> c < 0x80);
        StringBuilder out = new StringBuilder();
        out.append(ascii ? "% Publications exported by Vita: normalised BibTeX, ASCII only.\n"
                : "% Publications exported by Vita: normalised BibTeX in UTF-8 (accents as LaTeX commands, other scripts as written).\n");
        out.append("% Author roles (equal contribution, corresponding...) are in biblatex's author+an field.\n");
        return out.append(entries).toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One entry, fields in the fixed order, names padded so the values line up. */
    public static String entry(BibEntry source) {
        BibEntry e = withFullNameLists(source);
        List<String> names = new ArrayList<>();
        for (String n : ORDER) {
            if (e.fields().containsKey(n)) names.add(n);
        }
        e.fields().keySet().stream().filter(n -> !ORDER.contains(n) && !n.equals("crossref")).sorted().forEach(names::add);
        int width = Math.max(9, names.stream().mapToInt(String::length).max().orElse(0));
        StringBuilder sb = new StringBuilder();
        sb.append('@').append(e.type().toLowerCase(Locale.ROOT)).append('{').append(e.key()).append(",\n");
        for (String n : names) {
            sb.append("  ").append(n).append(" ".repeat(width - n.length())).append(" = ")
                    .append(value(n, e.fields().get(n))).append(",\n");
        }
        return sb.append("}\n").toString();
    }

    /**
     * biblatex cuts long author lists to one name and "et al.", which would drop the annotated
     * authors' marks; entries carrying roles ask for every name in the bibliography (citations are
     * untouched).
     */
    private static BibEntry withFullNameLists(BibEntry e) {
        if (!e.fields().containsKey("author+an") && !e.fields().containsKey("editor+an")) return e;
        String options = e.fields().get("options");
        if (options != null && options.contains("maxbibnames")) return e;
        Map<String, String> f = new java.util.LinkedHashMap<>(e.fields());
        f.put("options", options == null || options.isBlank() ? "maxbibnames=99" : options + ", maxbibnames=99");
        return new BibEntry(e.file(), e.line(), e.type(), e.key(), f);
    }

    private static String value(String name, String raw) {
        String v = raw.strip();
        if (name.equals("month")) {
            String m = v.toLowerCase(Locale.ROOT).replace(".", "");
            if (m.length() >= 3 && MONTHS.contains(m.substring(0, 3)) && monthName(m)) return m.substring(0, 3);
        }
        return "{" + (VERBATIM.contains(name) ? v : ascii(v)) + "}";
    }

    private static boolean monthName(String m) {
        return List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december").stream().anyMatch(full -> full.startsWith(m));
    }

    /** LaTeX source with every non-ASCII character written as a LaTeX command in braces, as bibtex wants special characters. */
    static String ascii(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(n.length() + 16);
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
                continue;
            }
            String special = switch (cp) {
                case 0x00A0 -> "~";
                case 0x2013 -> "--";
                case 0x2014 -> "---";
                case 0x2018 -> "`";
                case 0x2019 -> "'";
                case 0x201C -> "``";
                case 0x201D -> "''";
                case 0x00E5 -> "{\\aa}";
                case 0x00C5 -> "{\\AA}";
                default -> null;
            };
            if (special != null) {
                out.append(special);
                continue;
            }
            String ch = new String(Character.toChars(cp));
            String cmd = LatexEscaper.escape(ch);
            if (cmd.startsWith("\\vita")) {
                // no text command prints it (Greek, Cyrillic, CJK, Arabic, emoji): left as UTF-8, which bibtex
                // copies through and biber reads; Greek as math commands would print as formula italics
                out.append(ch);
            } else if (cmd.startsWith("{")) {
                out.append(cmd);
            } else {
                out.append('{').append(cmd.endsWith("{}") ? cmd.substring(0, cmd.length() - 2) : cmd).append('}');
            }
        }
        return out.toString();
    }
}
