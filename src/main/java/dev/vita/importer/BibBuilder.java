package dev.vita.importer;

import dev.vita.model.BibEntry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * BibTeX entries made from another format's publications: text values escaped for LaTeX (non-ASCII
 * is left for {@link dev.vita.emit.BibWriter} to write as commands), unique keys in the usual
 * family-year-word form, and a comment above an entry where the source left something out.
 */
final class BibBuilder {
    private static final Set<String> VERBATIM = Set.of("url", "doi", "eprint", "pdf", "code");
    private static final Pattern PROCEEDINGS = Pattern.compile("(?i).*\\b(proc\\.?|proceedings|conference|symposium|workshop|congress|meeting)\\b.*");

    private final List<BibEntry> entries = new ArrayList<>();
    private final Map<String, String> comments = new LinkedHashMap<>();
    private final Set<String> keys = new HashSet<>();

    /** The entry type and venue field a venue's name suggests: proceedings → booktitle, else journal. */
    static String[] venue(String name) {
        return name != null && PROCEEDINGS.matcher(name).matches()
                ? new String[] {"inproceedings", "booktitle"} : new String[] {"article", "journal"};
    }

    /**
     * Adds an entry; {@code fields} hold plain text (escaped here), except addresses and
     * identifiers, and {@code author} / {@code author+an}, which are already BibTeX.
     */
    String add(String type, String firstAuthorFamily, String year, String title, Map<String, String> fields, String comment) {
        String key = key(firstAuthorFamily, year, title);
        Map<String, String> f = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value == null || value.isBlank()) return;
            f.put(name, VERBATIM.contains(name) || name.startsWith("author") ? value.strip() : escape(value.strip()));
        });
        entries.add(new BibEntry(null, 0, type, key, f));
        if (comment != null) comments.put(key, comment);
        return key;
    }

    /** The publications.bib of an import: a header, then each entry with its comment above it. */
    byte[] file(java.nio.file.Path source) {
        StringBuilder out = new StringBuilder();
        out.append("% Publications imported by `vita import` from ").append(source.getFileName()).append(".\n");
        out.append("% Authors keep the spelling of the source; author roles are in biblatex's author+an field.\n");
        for (BibEntry e : entries) {
            out.append('\n');
            String comment = comments.get(e.key());
            if (comment != null) out.append("% ").append(e.key()).append(": ").append(comment).append('\n');
            out.append(dev.vita.emit.BibWriter.entry(e));
        }
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    List<BibEntry> entries() {
        return List.copyOf(entries);
    }

    Map<String, String> comments() {
        return Map.copyOf(comments);
    }

    private String key(String family, String year, String title) {
        String word = "";
        for (String w : (title == null ? "" : title).split("\\s+")) {
            String a = ascii(w);
            if (a.length() > 3) {
                word = a;
                break;
            }
        }
        String base = ascii(family == null || family.isBlank() ? "paper" : family) + (year == null ? "" : year.replaceAll("\\D", "")) + word;
        String key = base;
        for (char c = 'b'; keys.contains(key); c++) key = base + c;
        keys.add(key);
        return key;
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** Plain text as BibTeX source: LaTeX's special characters escaped, Markdown emphasis as \emph / \textbf. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("{\\textasciitilde}");
                case '^' -> out.append("{\\textasciicircum}");
                case '\\' -> out.append("{\\textbackslash}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
