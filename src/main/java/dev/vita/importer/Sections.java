package dev.vita.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entries and sections without a fixed place: an entry in the common vocabulary of profile.yaml
 * (title, organization, location, date or start/end, summary, highlights, url) from whatever keys
 * a source uses for them, and custom sections (profile.yaml's {@code sections:}) from the rest.
 */
final class Sections {
    private Sections() {}

    /** An entry in the common vocabulary; null when nothing could be its title. */
    static YamlMap common(Draft d, Fields f) {
        String title = f.text("title", "name", "position", "label", "award", "degree");
        String org = f.text("organization", "company", "institution", "awarder", "issuer", "publisher", "event", "venue", "conference");
        if (title == null && org == null) return null;
        YamlMap e = new YamlMap().put("title", title != null ? title : org).put("organization", title != null ? org : null);
        e.put("location", f.text("location", "place", "city"));
        e.put("summary", f.text("summary", "description", "details", "reference"));
        List<String> highlights = new ArrayList<>(f.texts("highlights"));
        List<String> keywords = f.texts("keywords");
        if (!keywords.isEmpty()) highlights.add(String.join(", ", keywords));
        e.put("highlights", highlights);
        String date = f.text("date", "releaseDate", "year");
        String start = f.text("startDate", "start_date", "start");
        String end = f.text("endDate", "end_date", "end");
        if (date != null && start == null && end == null) {
            d.date(e, "date", date, f.path("date"), "summary");
        } else {
            if (date != null) Draft.keepText(e, "summary", date);
            d.date(e, "start", start, f.path("startDate"), "summary");
            d.date(e, "end", end, f.path("endDate"), "summary");
        }
        e.put("url", JsonResumeImporter.web(d, f, "url", "website", "link"));
        return e;
    }

    /**
     * A section the target has no fixed key for: into Vita's own section {@code vitaId} when given,
     * else a custom section titled as the source titles it.
     */
    @SuppressWarnings("unchecked")
    static void custom(Draft d, String key, Object value, String vitaId) {
        String title = title(key);
        List<Object> entries = new ArrayList<>();
        String kind;
        if (value instanceof List<?> l && l.stream().allMatch(x -> x == null || x instanceof String)) {
            kind = "bullet";
            for (Object x : l) if (x != null && !x.toString().isBlank()) entries.add(x.toString().strip());
        } else if (value instanceof List<?> l && vitaId == null && l.stream().allMatch(x -> x instanceof Map<?, ?> m
                && (m.containsKey("label") || m.containsKey("details")) && !m.containsKey("title") && !m.containsKey("name"))) {
            kind = "oneline";
            for (int i = 0; i < l.size(); i++) {
                Fields f = new Fields((Map<String, Object>) l.get(i), key + "[" + (i + 1) + "]", d.report);
                entries.add(new YamlMap().put("label", f.text("label")).put("details", f.text("details")));
                f.rest();
            }
        } else if (value instanceof List<?> l) {
            kind = "detailed";
            for (int i = 0; i < l.size(); i++) {
                String path = key + "[" + (i + 1) + "]";
                if (l.get(i) instanceof Map<?, ?> m) {
                    Fields f = new Fields((Map<String, Object>) m, path, d.report);
                    YamlMap e = common(d, f);
                    if (e == null) {
                        d.report.notCarried(path, "nothing to use as its title");
                        continue;
                    }
                    if (vitaId != null) {
                        for (String k : List.of("amount", "level", "phone")) e.put(k, f.text(k));
                        e.put("email", d.email(f.text("email"), f.path("email")));
                    }
                    f.rest();
                    entries.add(e);
                } else if (l.get(i) instanceof String s && !s.isBlank()) {
                    entries.add(new YamlMap().put("title", s));
                } else if (l.get(i) != null) {
                    d.report.notCarried(path, "a list inside a list");
                }
            }
        } else if (value instanceof Map<?, ?> m) {
            kind = "oneline";
            for (var e : ((Map<String, Object>) m).entrySet()) {
                if (e.getValue() instanceof String s) entries.add(new YamlMap().put("label", e.getKey()).put("details", s));
                else if (e.getValue() instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
                    entries.add(new YamlMap().put("label", e.getKey()).put("details", String.join(", ", (List<String>) l)));
                } else if (!Fields.empty(e.getValue())) {
                    d.report.notCarried(key + "." + e.getKey(), "nested too deeply for a section");
                }
            }
        } else {
            kind = "text";
            entries.add(value.toString().strip());
        }
        if (entries.isEmpty()) return;
        if (vitaId != null && kind.equals("detailed")) {
            d.section(vitaId).addAll(entries);
            d.report.carried(key, vitaId);
            return;
        }
        YamlMap section = new YamlMap().put("title", title).put("kind", kind).put("entries", entries);
        d.section("sections").add(section);
        d.report.carried(key, "sections: " + title);
    }

    /** A key as a section title: snake_case and camelCase become words, the first capitalised, the rest as written. */
    static String title(String key) {
        if (key.contains(" ") || !key.equals(key.toLowerCase(Locale.ROOT)) && !key.matches("[a-z]+([A-Z][a-z]*)+")) return key.strip();
        String words = key.replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replace('-', ' ').strip();
        StringBuilder out = new StringBuilder();
        for (String w : words.split("\\s+")) {
            if (out.length() > 0) out.append(' ');
            boolean small = out.length() > 0 && List.of("a", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with")
                    .contains(w.toLowerCase(Locale.ROOT));
            out.append(small ? w.toLowerCase(Locale.ROOT) : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }
}
