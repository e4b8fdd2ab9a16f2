package dev.vita.emit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vita.model.Author;
import dev.vita.model.Contribution;
import dev.vita.model.CustomSection;
import dev.vita.model.Cv;
import dev.vita.model.Entry;
import dev.vita.model.RichText;
import dev.vita.model.Education;
import dev.vita.model.Link;
import dev.vita.model.PartialDate;
import dev.vita.model.Position;
import dev.vita.model.Profile;
import dev.vita.model.Project;
import dev.vita.model.Publication;
import dev.vita.model.SkillGroup;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CV as a JSON Resume ({@code resume.json}, schema 1.0.0): every fact the schema has a field
 * for goes there; what it has none for travels as extra fields the schema allows (publication
 * {@code authors} and {@code doi}, {@code openSource}, Vita's other sections by their profile.yaml
 * key), which {@code vita import} reads back. Dates are the schema's ISO forms; an ongoing period
 * has no end date, as JSON Resume means it.
 */
public final class JsonResumeWriter {
    static final String SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The whole file, UTF-8. */
    public byte[] write(Cv cv) {
        Profile p = cv.profile();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("basics", basics(p));
        put(root, "work", p.experience().stream().map(JsonResumeWriter::work).toList());
        put(root, "education", p.education().stream().map(JsonResumeWriter::education).toList());
        put(root, "publications", cv.publications().stream().map(JsonResumeWriter::publication).toList());
        put(root, "skills", p.skills().stream().map(JsonResumeWriter::skill).toList());
        put(root, "interests", texts(p.interests()).stream().map(i -> obj("name", i)).toList());
        put(root, "projects", p.projects().stream().map(JsonResumeWriter::project).toList());
        put(root, "openSource", p.openSource().stream().map(JsonResumeWriter::openSource).toList());
        put(root, "volunteer", p.volunteer().stream().map(JsonResumeWriter::volunteer).toList());
        put(root, "awards", p.awards().stream().map(e -> obj("title", md(e.title()), "awarder", text(e.organization()),
                "date", iso(e.date()), "summary", md(e.summary()), "url", e.url())).toList());
        put(root, "certificates", p.certificates().stream().map(e -> obj("name", md(e.title()), "issuer", text(e.organization()),
                "date", iso(e.date()), "url", e.url(), "summary", md(e.summary()))).toList());
        put(root, "languages", p.languages().stream().map(e -> obj("language", text(e.title()), "fluency", text(e.level()))).toList());
        put(root, "references", p.references().stream().map(e -> obj("name", text(e.title()), "reference", md(e.summary()),
                "organization", text(e.organization()), "email", e.email(), "phone", e.phone())).toList());
        // Vita's sections the schema has no place for, under their profile.yaml keys, in its vocabulary
        put(root, "talks", p.talks().stream().map(JsonResumeWriter::entry).toList());
        put(root, "teaching", p.teaching().stream().map(JsonResumeWriter::entry).toList());
        put(root, "service", p.service().stream().map(JsonResumeWriter::entry).toList());
        put(root, "grants", p.grants().stream().map(JsonResumeWriter::entry).toList());
        put(root, "supervision", p.supervision().stream().map(JsonResumeWriter::entry).toList());
        put(root, "sections", p.sections().stream().map(JsonResumeWriter::custom).toList());
        Map<String, Object> meta = obj("locale", p.locale());
        if (!p.labels().isEmpty()) meta.put("labels", new java.util.TreeMap<>(p.labels()));
        put(root, "meta", meta.isEmpty() ? null : meta);
        try {
            return (JSON.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("resume.json: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> basics(Profile p) {
        Map<String, Object> b = obj("name", p.name());
        put(b, "label", p.headline());
        put(b, "email", p.email());
        put(b, "phone", p.phone());
        put(b, "url", p.website());
        put(b, "summary", p.summary().isEmpty() ? null : String.join("\n\n", texts(p.summary())));
        if (p.location() != null) b.put("location", obj("city", p.location()));
        List<Map<String, Object>> profiles = new ArrayList<>();
        for (Link l : p.links()) profiles.add(obj("network", l.label(), "url", l.url()));
        put(b, "profiles", profiles);
        return b;
    }

    private static Map<String, Object> work(Position x) {
        Map<String, Object> w = obj("name", text(x.organization()), "position", text(x.role()), "location", x.location(), "url", x.url());
        period(w, x.start(), x.end());
        put(w, "summary", text(x.summary()));
        put(w, "highlights", texts(x.highlights()));
        return w;
    }

    private static Map<String, Object> education(Education x) {
        Map<String, Object> e = obj("institution", text(x.institution()), "studyType", text(x.degree()), "location", x.location(), "url", x.url());
        period(e, x.start(), x.end());
        put(e, "score", x.gpa());
        put(e, "courses", texts(x.coursework()));
        put(e, "summary", x.details().isEmpty() ? null : String.join("; ", texts(x.details())));
        put(e, "highlights", texts(x.highlights()));
        return e;
    }

    private static Map<String, Object> project(Project x) {
        Map<String, Object> o = obj("name", text(x.name()), "description", text(x.summary()), "url", x.url());
        put(o, "highlights", texts(x.highlights()));
        period(o, x.start(), x.end());
        return o;
    }

    private static Map<String, Object> skill(SkillGroup x) {
        Map<String, Object> o = obj("name", text(x.group()));
        put(o, "keywords", texts(x.items()));
        return o;
    }

    private static Map<String, Object> volunteer(Entry e) {
        Map<String, Object> o = obj("organization", text(e.organization() != null ? e.organization() : e.title()),
                "position", e.organization() != null ? text(e.title()) : null, "url", e.url(), "location", e.location());
        period(o, e.start(), e.end());
        put(o, "summary", md(e.summary()));
        put(o, "highlights", mds(e.highlights()));
        return o;
    }

    /** An entry in profile.yaml's common vocabulary. */
    private static Map<String, Object> entry(Entry e) {
        Map<String, Object> o = obj("title", md(e.title()), "organization", md(e.organization()), "location", e.location(),
                "date", iso(e.date()), "startDate", iso(e.start()), "endDate", e.end() != null && e.end().present() ? "present" : iso(e.end()),
                "summary", md(e.summary()), "url", e.url(), "amount", e.amount(), "level", md(e.level()),
                "email", e.email(), "phone", e.phone(), "label", md(e.label()), "details", md(e.details()));
        put(o, "highlights", mds(e.highlights()));
        return o;
    }

    /** A custom section: its title, id and kind, entries as text (bullet, text, numbered) or mappings. */
    private static Map<String, Object> custom(CustomSection s) {
        Map<String, Object> o = obj("title", s.title(), "id", s.id(), "kind", s.kind());
        List<Object> entries = new ArrayList<>();
        for (Entry e : s.entries()) entries.add(e.text() != null ? md(e.text()) : entry(e));
        o.put("entries", entries);
        return o;
    }

    private static Map<String, Object> openSource(Contribution x) {
        Map<String, Object> o = obj("name", text(x.name()), "url", x.url(), "summary", text(x.summary()));
        put(o, "projects", texts(x.projects()));
        if (x.previous()) o.put("previous", true);
        return o;
    }

    private static Map<String, Object> publication(Publication x) {
        Map<String, Object> o = obj("name", text(x.title()), "publisher", text(x.venue()));
        put(o, "releaseDate", releaseDate(x.year(), x.month()));
        put(o, "url", x.doi() != null ? "https://doi.org/" + x.doi() : x.url() != null ? x.url() : x.arxiv() != null ? "https://arxiv.org/abs/" + x.arxiv() : null);
        put(o, "summary", text(x.abstractText()));
        List<String> authors = new ArrayList<>();
        for (Author a : x.authors()) authors.add(a.self() ? "**" + a.fullName() + "**" : a.fullName());
        put(o, "authors", authors);
        put(o, "doi", x.doi());
        return o;
    }

    /** Start and end as the schema's dates; ongoing (present) has no end, a single date ends where it starts. */
    static void period(Map<String, Object> o, PartialDate start, PartialDate end) {
        put(o, "startDate", iso(start));
        if (end == null && start != null && !start.present()) put(o, "endDate", iso(start));
        else put(o, "endDate", iso(end));
    }

    /** 2024, 2024-03 or 2024-03-15; a season is its year; present is no date. */
    static String iso(PartialDate d) {
        if (d == null || d.present()) return null;
        return d.month() == 0 ? String.format(Locale.ROOT, "%04d", d.year()) : String.format(Locale.ROOT, "%04d-%02d", d.year(), d.month());
    }

    private static String releaseDate(String year, String month) {
        if (year == null || !year.strip().matches("\\d{4}")) return null;
        int m = monthNumber(month);
        return m == 0 ? year.strip() : String.format(Locale.ROOT, "%s-%02d", year.strip(), m);
    }

    private static int monthNumber(String month) {
        if (month == null) return 0;
        String s = month.strip().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,2}")) {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= 12 ? n : 0;
        }
        for (Month m : Month.values()) {
            if (s.length() >= 3 && m.name().toLowerCase(Locale.ROOT).startsWith(s.replace(".", ""))) return m.getValue();
        }
        return 0;
    }

    /** Rich text as the inline Markdown profile.yaml reads, so styles and links survive a round trip. */
    static String md(RichText t) {
        if (t == null) return null;
        StringBuilder out = new StringBuilder();
        for (RichText.Span s : t.spans()) {
            String x = s.text();
            if (s.code()) x = "`" + x + "`";
            if (s.italic()) x = "*" + x + "*";
            if (s.bold()) x = "**" + x + "**";
            if (s.url() != null && !s.url().startsWith("mailto:")) x = "[" + x + "](" + s.url() + ")";
            out.append(x);
        }
        return out.toString();
    }

    private static List<String> mds(List<RichText> items) {
        return items.stream().map(JsonResumeWriter::md).toList();
    }

    /** A field's text, whether the model holds it as a string or as rich text. */
    private static String text(Object rich) {
        return rich instanceof RichText r ? md(r) : rich == null ? null : rich.toString();
    }

    private static List<String> texts(List<?> items) {
        return items.stream().map(JsonResumeWriter::text).toList();
    }

    private static Map<String, Object> obj(Object... kv) {
        Map<String, Object> o = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) put(o, (String) kv[i], kv[i + 1]);
        return o;
    }

    private static void put(Map<String, Object> o, String key, Object value) {
        if (value == null) return;
        if (value instanceof String s && s.isBlank()) return;
        if (value instanceof Collection<?> c && c.isEmpty()) return;
        o.put(key, value);
    }
}
