package dev.vita.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a BibTeX entry's raw fields say about the paper: venue, arXiv id, badge, year, selection, tags. */
final class BibFields {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern ARXIV_ID = Pattern.compile("(?:arXiv:)?((?:\\d{4}\\.\\d{4,5}|[a-z\\-]+(?:\\.[A-Z]{2})?/\\d{7})(?:v\\d+)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_URL = Pattern.compile("arxiv\\.org/(?:abs|pdf)/([^\\s?#]+?)(?:\\.pdf)?$", Pattern.CASE_INSENSITIVE);
    private static final List<String> KIND_WORDS = List.of("workshop", "preprint", "thesis", "journal", "conference", "book",
            "chapter", "patent", "poster", "demo", "tutorial", "report", "talk", "dataset", "software");

    private BibFields() {}


    static String first(Map<String, String> f, String... names) {
        for (String n : names) {
            if (f.get(n) != null && !f.get(n).isBlank()) return f.get(n);
        }
        return null;
    }

    /** Journal, booktitle, or what else names where it appeared; a bare URL in howpublished is no venue. */
    static String venueField(Map<String, String> f, String arxiv) {
        String journal = f.get("journal") != null ? f.get("journal") : f.get("journaltitle");
        if (journal != null && arxiv != null && journal.trim().matches("(?i)corr|arxiv( e-prints)?|arxiv preprint")) return null;
        if (journal != null) return journal;
        if (f.get("booktitle") != null) return f.get("booktitle");
        if (arxiv != null) return null;
        String how = f.get("howpublished");
        if (how != null && !how.matches("\\s*\\\\url\\{.*\\}\\s*|\\s*https?://\\S*\\s*")) return how;
        return first(f, "school", "institution", "organization", "publisher");
    }

    static String arxiv(Map<String, String> f) {
        String prefix = first(f, "archiveprefix", "eprinttype");
        String eprint = f.get("eprint");
        if (eprint != null && (prefix == null || prefix.trim().equalsIgnoreCase("arxiv"))) {
            Matcher m = ARXIV_ID.matcher(eprint.trim());
            if (m.matches()) return m.group(1);
        }
        String journal = f.getOrDefault("journal", "");
        String volume = f.getOrDefault("volume", "");
        if (journal.trim().equalsIgnoreCase("corr") && volume.startsWith("abs/")) {
            Matcher m = ARXIV_ID.matcher(volume.substring(4).trim());
            if (m.matches()) return m.group(1);
        }
        String url = f.get("url");
        if (url != null) {
            Matcher m = ARXIV_URL.matcher(url.trim());
            if (m.find() && ARXIV_ID.matcher(m.group(1)).matches()) return m.group(1);
        }
        return null;
    }

    /** The badge: Vita's own {@code kind} field, a keyword, biblatex's pubstate, then the entry type. */
    static String kind(String type, Map<String, String> f, String arxiv) {
        String own = first(f, "kind", "pubtype");
        if (own != null) return capitalize(own.trim().toLowerCase(Locale.ROOT));
        List<String> keywords = new ArrayList<>();
        for (String k : f.getOrDefault("keywords", "").toLowerCase(Locale.ROOT).split("[,;]")) keywords.add(k.trim());
        for (String k : KIND_WORDS) {
            if (keywords.contains(k)) return capitalize(k);
        }
        String pubstate = f.getOrDefault("pubstate", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (List.of("submitted", "inpreparation", "underreview", "preprint").contains(pubstate)) return "Preprint";
        boolean noVenue = f.get("booktitle") == null
                && (f.get("journal") == null || f.get("journal").trim().matches("(?i)corr|arxiv.*"));
        if (arxiv != null && noVenue) return "Preprint";
        return switch (type) {
            case "article" -> "Journal";
            case "inproceedings", "conference" ->
                    f.getOrDefault("booktitle", "").toLowerCase(Locale.ROOT).contains("workshop") ? "Workshop" : "Conference";
            case "phdthesis", "mastersthesis", "thesis" -> "Thesis";
            case "book", "incollection", "inbook", "mvbook", "collection", "bookinbook" -> "Book";
            case "techreport", "report" -> "Report";
            case "unpublished", "misc", "online", "preprint" -> "Preprint";
            default -> capitalize(type);
        };
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String year(Map<String, String> f) {
        String y = f.get("year");
        if (y != null) return y.replaceAll("[{}]", "").trim();
        String date = f.get("date");
        if (date != null) {
            Matcher m = YEAR.matcher(date);
            if (m.find()) return m.group();
        }
        return null;
    }

    static boolean selected(Map<String, String> f) {
        String s = f.get("selected");
        if (s != null) return s.trim().matches("(?i)true|yes|1");
        for (String k : f.getOrDefault("keywords", "").split("[,;]")) {
            if (k.trim().equalsIgnoreCase("selected")) return true;
        }
        return false;
    }

    static List<String> tags(String field) {
        if (field == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String t : field.split("[,;]")) {
            if (!t.isBlank()) out.add(t.trim());
        }
        return out;
    }
}
