package dev.vita.importer;

import dev.vita.load.ProfileSchema;
import dev.vita.model.Variant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import dev.vita.select.Selector;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

/**
 * The profile being built by an importer: the root mapping, the BibTeX entries, and the report,
 * with the moves every format shares (dates that may not read, text kept rather than lost).
 */
final class Draft {
    final YamlMap root = new YamlMap();
    final BibBuilder bib = new BibBuilder();
    final Report report = new Report();
    final Map<String, byte[]> files = new java.util.LinkedHashMap<>();

    /** Sets a date key from the source's text; a date Vita cannot read is kept in the entry's text field. */
    void date(YamlMap entry, String key, String raw, String from, String textKey) {
        Dates.Read d = Dates.read(raw);
        if (d == null) return;
        if (d.value() != null) {
            entry.put(key, d.value());
            if (!d.value().equals(raw.strip())) report.note(from, "'" + raw.strip() + "' written as " + d.value());
            return;
        }
        keepText(entry, textKey, d.text());
        report.note(from, "'" + d.text() + "' is no date Vita reads; kept as text in " + textKey);
    }

    /** A paper's date as BibTeX year and month; what is no date (submitted, in press) becomes its note. Returns the year. */
    String bibDate(Map<String, String> fields, String raw, String from) {
        if (raw == null) return null;
        Dates.Read r = Dates.read(raw);
        if (r != null && r.value() != null && r.value().matches("\\d{4}.*")) {
            fields.put("year", r.value().substring(0, 4));
            if (r.value().length() >= 7) {
                fields.put("month", java.time.Month.of(Integer.parseInt(r.value().substring(5, 7)))
                        .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT));
            }
            return r.value().substring(0, 4);
        }
        fields.put("note", raw.strip());
        report.note(from, "'" + raw.strip() + "' is no date; kept as the entry's note");
        return null;
    }

    /** An e-mail address as profile.yaml accepts one, or null with a report line. */
    String email(String value, String from) {
        if (value == null) return null;
        String v = value.strip().replaceFirst("(?i)^mailto:", "");
        if (v.matches("[^@\\s<>()\\[\\],;:\"]+@[^@\\s<>()\\[\\],;:\"]+\\.[^@\\s<>()\\[\\],;:\".]+")) return v;
        report.notCarried(from, "'" + value + "' is not an e-mail address");
        return null;
    }

    /** Adds text to a summary (appended in parentheses) or to a list field such as details. */
    static void keepText(YamlMap entry, String textKey, String text) {
        Object old = entry.get(textKey);
        if (textKey.equals("details") || textKey.equals("highlights")) {
            entry.list(textKey).add(text);
        } else {
            entry.put(textKey, old == null ? text : old + " (" + text + ")");
        }
    }

    /** A list of entries under a top-level key, made when absent. */
    List<Object> section(String key) {
        return root.list(key);
    }

    /** The labels mapping (section titles and words of the person's own), made when absent. */
    YamlMap labels() {
        if (labelsHolder == null) labelsHolder = new YamlMap();
        return labelsHolder;
    }

    private YamlMap labelsHolder;

    /**
     * A page size other than A4: profile.yaml sets it per document, so the default documents are
     * written out (as Vita's defaults are, read from the selector) with that size.
     */
    void pageSize(String size, String from) {
        YamlMap variants = new YamlMap();
        for (var v : Selector.defaultVariants().entrySet()) {
            YamlMap m = new YamlMap();
            for (RecordComponent rc : Variant.class.getRecordComponents()) {
                try {
                    Object value = rc.getAccessor().invoke(v.getValue());
                    if (rc.getName().equals("pageSize")) value = size;
                    if (value instanceof Boolean b && !b) continue;
                    if (value instanceof Map<?, ?> map) {
                        YamlMap y = new YamlMap();
                        map.forEach((k, x) -> y.put(k.toString(), x));
                        value = y;
                    }
                    m.put(rc.getName(), value);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            variants.put(v.getKey(), m);
        }
        root.put("variants", variants);
        root.comment("variants", "Vita's two default documents, with the page size of the source (" + from + ")");
        report.carried(from.substring(0, from.indexOf(' ')), "variants.*.pageSize: " + size);
    }

    /** The order keys take in the written profile, as in Vita's starter profile. */
    private static final List<String> ORDER = List.of("name", "aliases", "headline", "photo", "location",
            "email", "phone", "website", "links", "locale", "labels", "summary", "interests", "experience", "openSource", "education", "publications", "projects",
            "skills", "awards", "talks", "teaching", "service", "grants", "supervision", "languages", "certificates",
            "volunteer", "references", "sections", "variants");

    /** The order of an entry's keys: what, with whom, where, when, then the text. */
    private static final List<String> ENTRY_ORDER = List.of("title", "name", "organization", "institution", "role", "degree",
            "label", "details", "group", "items", "level", "amount", "location", "date", "start", "end", "gpa", "url", "email",
            "phone", "summary", "highlights", "coursework", "id", "kind", "entries");

    /** Section ids of profile.yaml's own sections, which a custom section's title must not take. */
    private static final Set<String> STANDARD_IDS = Set.of("summary", "interests", "experience", "opensource", "publications",
            "projects", "skills", "education", "awards", "talks", "teaching", "service", "grants", "supervision", "languages",
            "certificates", "volunteer", "references");

    /** A custom section whose title would give a taken id ("Awards" as bullets beside awards) gets an id of its own. */
    private void uniqueIds() {
        Set<String> taken = new HashSet<>(STANDARD_IDS);
        for (Object o : root.list("sections")) {
            if (!(o instanceof YamlMap s)) continue;
            String base = String.valueOf(s.get("title")).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
            String id = base.isEmpty() ? "section" : base;
            for (int n = 2; taken.contains(id); n++) id = base + "-" + n;
            taken.add(id);
            if (!id.equals(base)) s.put("id", id);
        }
    }

    /** The folder's files: profile.yaml (commented), its schema, publications.bib and copied files, with the report. */
    Imported imported(Path source, String format) {
        uniqueIds();
        if (labelsHolder != null) root.put("labels", labelsHolder);
        root.pruned();
        root.order(ORDER);
        for (Object section : root.values().values()) {
            if (section instanceof List<?> l) {
                for (Object e : l) {
                    if (e instanceof YamlMap m) {
                        m.order(ENTRY_ORDER);
                        if (m.get("entries") instanceof List<?> entries) {
                            for (Object x : entries) if (x instanceof YamlMap y) y.order(ENTRY_ORDER);
                        }
                    }
                }
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<String> header = List.of(
                "yaml-language-server: $schema=profile.schema.json",
                "",
                "Imported by `vita import` from " + source.getFileName() + " (" + format.replaceAll(" \\(.*\\)$", "") + ").",
                "Check it, then run:   vita build --profile <this folder>",
                "Dates: 2024, 2024-01, Jan 2024, Spring 2024 or present. Unknown keys are errors, so a typo never",
                "silently drops data; `vita validate` checks this file without writing anything.");
        out.put("profile.yaml", YamlWriter.write(header, root).getBytes(StandardCharsets.UTF_8));
        out.put("profile.schema.json", ProfileSchema.json().getBytes(StandardCharsets.UTF_8));
        if (!bib.entries().isEmpty()) out.put("publications.bib", bib.file(source));
        out.putAll(files);
        return new Imported(out, report);
    }
}
