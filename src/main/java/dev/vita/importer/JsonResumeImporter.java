package dev.vita.importer;

import dev.vita.problem.UserError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * JSON Resume (schema 1.0.0, and the shapes found in the wild: {@code website} for {@code url},
 * {@code company} for {@code name}, free-text dates, extra top-level sections, publications with
 * authors) → profile.yaml and publications.bib. Also reads back what Vita's own resume.json export
 * adds beyond the schema (publication authors, talks, teaching, ... and custom sections).
 */
final class JsonResumeImporter implements Importer {
    /** The schema's own top-level keys, read below; any other key is a custom section. */
    private static final Set<String> SCHEMA = Set.of("$schema", "basics", "work", "volunteer", "education", "awards",
            "certificates", "publications", "skills", "languages", "interests", "references", "projects", "meta", "openSource", "sections");
    /** Vita's section ids its export writes as top-level keys, read back into the same sections. */
    private static final Set<String> VITA_SECTIONS = Set.of("talks", "teaching", "service", "grants", "supervision");

    @Override
    public String format() {
        return "JSON Resume (.json)";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    @Override
    public Imported read(Path file) {
        Object tree = JsonSource.read(file);
        if (!(tree instanceof Map<?, ?>)) throw new UserError(file, "a JSON Resume file holds one object ({ … }) at the top");
        @SuppressWarnings("unchecked")
        Map<String, Object> top = (Map<String, Object>) tree;
        Draft d = new Draft();
        Fields root = new Fields(top, "", d.report);
        basics(d, root);
        for (var w : indexed(root, "work")) work(d, w);
        for (var v : indexed(root, "volunteer")) volunteer(d, v);
        for (var e : indexed(root, "education")) education(d, e);
        for (var a : indexed(root, "awards")) award(d, a);
        for (var c : indexed(root, "certificates")) certificate(d, c);
        for (var p : indexed(root, "publications")) publication(d, p);
        skills(d, indexed(root, "skills"));
        for (var l : indexed(root, "languages")) language(d, l);
        for (var i : indexed(root, "interests")) interest(d, i);
        for (var r : indexed(root, "references")) reference(d, r);
        for (var p : indexed(root, "projects")) project(d, p);
        for (var o : indexed(root, "openSource")) openSource(d, o);
        root.skip("$schema");
        meta(d, root.map("meta"));
        vitaSections(d, root);
        for (var e : top.entrySet()) {
            if (SCHEMA.contains(e.getKey()) || Fields.empty(e.getValue())) continue;
            root.skip(e.getKey());
            Sections.custom(d, e.getKey(), e.getValue(), VITA_SECTIONS.contains(e.getKey()) ? e.getKey() : null);
        }
        root.rest();
        if (d.bib.entries().size() > 0) {
            d.root.put("publications", new YamlMap().put("bib", List.of("publications.bib")).put("authorStyle", "full"));
            d.root.comment("publications", "imported papers are in publications.bib; authors keep the spelling of the source");
        }
        return d.imported(file, format());
    }

    /** The mappings of a top-level list, each with its key path. */
    private static List<Fields> indexed(Fields root, String key) {
        List<Fields> out = new ArrayList<>();
        List<Map<String, Object>> maps = root.maps(key);
        for (int i = 0; i < maps.size(); i++) out.add(new Fields(maps.get(i), key + "[" + (i + 1) + "]", root.report()));
        return out;
    }

    private void basics(Draft d, Fields root) {
        Map<String, Object> b = root.map("basics");
        Fields f = new Fields(b == null ? Map.of() : b, "basics", d.report);
        String name = f.text("name");
        if (name == null) {
            d.root.put("name", "Your Name");
            d.root.comment("name", "the source gives no name: write yours here");
            d.report.notCarried("basics.name", "missing; profile.yaml says 'Your Name' until you replace it");
        } else {
            d.root.put("name", name);
            d.report.carried("basics.name", "name");
        }
        put(d, f, "label", "headline", "headline");
        String image = f.text("image", "picture");
        if (image != null) d.report.notCarried("basics.image", "a photo is a file beside profile.yaml (photo: me.jpg); not fetched from '" + image + "'");
        Map<String, Object> loc = f.map("location");
        if (loc != null) {
            Fields l = new Fields(loc, "basics.location", d.report);
            List<String> parts = new ArrayList<>();
            for (String k : List.of("address", "city", "region", "countryCode", "country")) {
                String v = l.text(k);
                if (v != null && !parts.contains(v)) parts.add(v);
            }
            l.skip("postalCode");
            if (l.text("postalCode") != null) d.report.notCarried("basics.location.postalCode", "not printed on a CV");
            d.root.put("location", String.join(", ", parts));
            if (!parts.isEmpty()) d.report.carried("basics.location", "location");
            l.rest();
        } else {
            put(d, f, "location", "location", "location");
        }
        String email = d.email(f.text("email"), "basics.email");
        if (email != null) {
            d.root.put("email", email);
            d.report.carried("basics.email", "email");
        }
        put(d, f, "phone", "phone", "phone");
        String url = f.text("url", "website");
        if (url != null) {
            if (Links.web(url)) {
                d.root.put("website", url);
                d.report.carried("basics.url", "website");
            } else {
                d.report.notCarried("basics.url", "'" + url + "' is not an http(s) address");
            }
        }
        String summary = f.text("summary");
        if (summary != null) {
            d.root.put("summary", paragraphs(summary));
            d.report.carried("basics.summary", "summary");
        }
        List<Map<String, Object>> profiles = f.maps("profiles");
        for (int i = 0; i < profiles.size(); i++) {
            Fields p = new Fields(profiles.get(i), "basics.profiles[" + (i + 1) + "]", d.report);
            String network = p.text("network");
            String user = p.text("username");
            String link = p.text("url");
            if (link == null && network != null && user != null) link = Links.profile(network, user);
            if (link != null && Links.web(link)) {
                d.root.list("links").add(new YamlMap().put("label", network != null ? network : Links.host(link)).put("url", link));
                d.report.carried("basics.profiles", "links");
            } else {
                d.report.notCarried(p.path(), "no web address for " + (network == null ? "this profile" : network)
                        + (user == null ? "" : " '" + user + "'"));
            }
            p.rest();
        }
        f.rest();
    }

    private void work(Draft d, Fields f) {
        YamlMap e = new YamlMap();
        String org = f.text("name", "company", "organization");
        String role = f.text("position", "title");
        if (org == null && role == null) {
            d.report.notCarried(f.path(), "neither a name (company) nor a position");
            return;
        }
        if (org == null) d.report.note(f.path(), "no company name; the position stands in for it");
        e.put("organization", org != null ? org : role).put("role", org != null ? role : null);
        e.put("location", f.text("location"));
        String description = f.text("description");
        String summary = f.text("summary");
        e.put("summary", join(description, summary));
        e.put("highlights", f.texts("highlights"));
        d.date(e, "start", f.text("startDate", "start"), f.path("startDate"), "summary");
        ongoing(d, e, f);
        e.put("url", web(d, f, "url", "website"));
        add(d, f, "experience", e);
    }

    private void volunteer(Draft d, Fields f) {
        YamlMap e = new YamlMap();
        String org = f.text("organization", "name", "company");
        String role = f.text("position");
        if (org == null && role == null) {
            d.report.notCarried(f.path(), "neither an organization nor a position");
            return;
        }
        e.put("title", role != null ? role : org).put("organization", role != null ? org : null);
        e.put("location", f.text("location"));
        e.put("summary", f.text("summary", "description"));
        e.put("highlights", f.texts("highlights"));
        d.date(e, "start", f.text("startDate"), f.path("startDate"), "summary");
        ongoing(d, e, f);
        e.put("url", web(d, f, "url", "website"));
        add(d, f, "volunteer", e);
    }

    private void education(Draft d, Fields f) {
        YamlMap e = new YamlMap();
        String inst = f.text("institution", "school", "university", "name");
        if (inst == null) {
            d.report.notCarried(f.path(), "no institution");
            return;
        }
        e.put("institution", inst);
        String type = f.text("studyType", "degree");
        String area = f.text("area", "major", "field");
        e.put("degree", type != null && area != null ? type + " in " + area : type != null ? type : area);
        e.put("location", f.text("location"));
        String summary = f.text("summary", "description");
        if (summary != null) e.list("details").add(summary);
        e.put("gpa", f.text("score", "gpa", "grade"));
        d.date(e, "start", f.text("startDate"), f.path("startDate"), "details");
        d.date(e, "end", f.text("endDate"), f.path("endDate"), "details");
        e.put("highlights", f.texts("highlights"));
        e.put("coursework", f.texts("courses"));
        e.put("url", web(d, f, "url", "website"));
        add(d, f, "education", e);
    }

    private void award(Draft d, Fields f) {
        YamlMap e = new YamlMap();
        String title = f.text("title", "name");
        if (title == null) {
            d.report.notCarried(f.path(), "no title");
            return;
        }
        e.put("title", title).put("organization", f.text("awarder", "issuer", "organization"));
        e.put("summary", f.text("summary", "description"));
        d.date(e, "date", f.text("date"), f.path("date"), "summary");
        e.put("url", web(d, f, "url"));
        add(d, f, "awards", e);
    }

    private void certificate(Draft d, Fields f) {
        YamlMap e = new YamlMap();
        String title = f.text("name", "title");
        if (title == null) {
            d.report.notCarried(f.path(), "no name");
            return;
        }
        e.put("title", title).put("organization", f.text("issuer", "organization", "authority"));
        e.put("summary", f.text("summary", "description"));
        d.date(e, "date", f.text("date"), f.path("date"), "summary");
        e.put("url", web(d, f, "url"));
        add(d, f, "certificates", e);
    }

    private void publication(Draft d, Fields f) {
        String title = f.text("name", "title");
        if (title == null) {
            d.report.notCarried(f.path(), "no name (title)");
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> authors = f.texts("authors");
        if (authors.isEmpty()) authors = f.texts("author");
        Authors.Parsed parsed = Authors.parse(authors, d, f.path("authors"));
        fields.put("author", parsed.bibtex());
        fields.put("author+an", parsed.annotation());
        fields.put("title", title);
        String venue = f.text("publisher", "journal", "venue", "booktitle");
        String[] type = BibBuilder.venue(venue);
        fields.put(type[1], venue);
        String date = f.text("releaseDate", "date", "year");
        String year = d.bibDate(fields, date, f.path("date"));
        String doi = f.text("doi");
        String url = f.text("url", "website", "link");
        if (doi == null && url != null && url.matches("(?i)https?://(dx\\.)?doi\\.org/10\\..+")) {
            doi = url.replaceFirst("(?i)https?://(dx\\.)?doi\\.org/", "");
            url = null;
        }
        fields.put("doi", doi == null ? null : doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", ""));
        if (url != null && Links.web(url)) fields.put("url", url);
        else if (url != null) d.report.notCarried(f.path("url"), "'" + url + "' is not an http(s) address");
        fields.put("abstract", f.text("summary", "description", "abstract"));
        String comment = null;
        if (authors.isEmpty()) {
            comment = "The source gives no authors for this paper (JSON Resume has no field for them): add them as author = {...}.";
            d.report.note(f.path(), "JSON Resume gives no authors; the BibTeX entry has none and says so");
        }
        d.bib.add(type[0], parsed.firstFamily(), year, title, fields, comment);
        d.report.carried("publications", "publications.bib");
        f.rest();
    }

    private void skills(Draft d, List<Fields> skills) {
        List<String> loose = new ArrayList<>();
        for (Fields f : skills) {
            String name = f.text("name", "group", "category");
            String level = f.text("level");
            List<String> items = f.texts("keywords");
            if (name == null && items.isEmpty()) {
                if (level != null) d.report.notCarried(f.path(), "a level without a skill");
                continue;
            }
            if (items.isEmpty()) {
                // a skill per entry ({name: Python, level: Advanced}): gathered into one group
                loose.add(level == null ? name : name + " (" + level + ")");
            } else {
                String group = name == null ? "Skills" : name;
                d.section("skills").add(new YamlMap().put("group", level == null ? group : group + " (" + level + ")").put("items", items));
            }
            d.report.carried("skills", "skills");
            f.rest();
        }
        if (!loose.isEmpty()) d.section("skills").add(new YamlMap().put("group", "Skills").put("items", loose));
    }

    private void language(Draft d, Fields f) {
        String lang = f.text("language", "name");
        if (lang == null) {
            d.report.notCarried(f.path(), "no language");
            return;
        }
        add(d, f, "languages", new YamlMap().put("title", lang).put("level", f.text("fluency", "level")));
    }

    private void interest(Draft d, Fields f) {
        String name = f.text("name");
        List<String> words = f.texts("keywords");
        if (name == null && words.isEmpty()) return;
        String text = name == null ? String.join(", ", words) : words.isEmpty() ? name : name + " (" + String.join(", ", words) + ")";
        d.section("interests").add(text);
        d.report.carried("interests", "interests");
        f.rest();
    }

    private void reference(Draft d, Fields f) {
        String name = f.text("name");
        String text = f.text("reference", "summary");
        if (name == null && text == null) return;
        YamlMap e = new YamlMap().put("title", name != null ? name : "Reference");
        e.put("organization", f.text("organization", "position"));
        e.put("email", d.email(f.text("email"), f.path("email"))).put("phone", f.text("phone")).put("summary", text);
        add(d, f, "references", e);
    }

    private void project(Draft d, Fields f) {
        String name = f.text("name", "title");
        if (name == null) {
            d.report.notCarried(f.path(), "no name");
            return;
        }
        YamlMap e = new YamlMap().put("name", name);
        e.put("summary", f.text("description", "summary"));
        List<String> highlights = new ArrayList<>(f.texts("highlights"));
        List<String> roles = f.texts("roles");
        if (!roles.isEmpty()) highlights.add("Roles: " + String.join(", ", roles));
        String entity = f.text("entity");
        if (entity != null) highlights.add("For " + entity);
        String type = f.text("type");
        if (type != null) highlights.add("Type: " + type);
        List<String> keywords = f.texts("keywords");
        if (!keywords.isEmpty()) highlights.add("Keywords: " + String.join(", ", keywords));
        e.put("highlights", highlights);
        d.date(e, "start", f.text("startDate", "date"), f.path("startDate"), "summary");
        d.date(e, "end", f.text("endDate"), f.path("endDate"), "summary");
        e.put("url", web(d, f, "url", "website", "repository"));
        add(d, f, "projects", e);
    }

    /** The schema's meta, where Vita's export keeps the document language and its own labels. */
    private static void meta(Draft d, Map<String, Object> meta) {
        if (meta == null) return;
        Fields f = new Fields(meta, "meta", d.report);
        String locale = f.text("locale");
        if (locale != null) {
            d.root.put("locale", locale);
            d.report.carried("meta.locale", "locale");
        }
        Map<String, Object> labels = f.map("labels");
        if (labels != null) {
            labels.forEach((k, v) -> {
                if (v instanceof String s && !s.isBlank()) d.labels().put(k, s);
            });
            d.report.carried("meta.labels", "labels");
        }
        for (String k : List.of("canonical", "version", "lastModified", "theme")) f.skip(k);
        f.rest();
    }

    /**
     * Vita's custom sections as its export writes them ({@code sections: [{title, id, kind, entries}]});
     * a {@code sections} key of another shape is a custom section of its own.
     */
    @SuppressWarnings("unchecked")
    private static void vitaSections(Draft d, Fields root) {
        if (!root.has("sections")) return;
        List<Map<String, Object>> sections = root.maps("sections");
        for (int i = 0; i < sections.size(); i++) {
            Fields f = new Fields(sections.get(i), "sections[" + (i + 1) + "]", d.report);
            String title = f.text("title");
            Object entries = sections.get(i).get("entries");
            f.skip("entries");
            if (title == null || !(entries instanceof List<?>)) {
                d.report.notCarried(f.path(), "a section needs a title and entries");
                continue;
            }
            Sections.custom(d, title, entries, null);
            List<Object> all = d.section("sections");
            if (!all.isEmpty() && all.get(all.size() - 1) instanceof YamlMap made) {
                String kind = f.text("kind");
                if (kind != null) made.put("kind", kind);
                made.put("id", f.text("id"));
            }
            f.rest();
        }
    }

    /** JSON Resume leaves out the end date of what is still going on; profile.yaml says present. */
    private static void ongoing(Draft d, YamlMap e, Fields f) {
        String end = f.text("endDate", "end");
        if (end == null && e.has("start")) e.put("end", "present");
        else d.date(e, "end", end, f.path("endDate"), "summary");
    }

    /** Vita's own extra section in its resume.json export, read back as it was. */
    private void openSource(Draft d, Fields f) {
        String name = f.text("name");
        if (name == null) {
            d.report.notCarried(f.path(), "no name");
            return;
        }
        YamlMap e = new YamlMap().put("name", name).put("projects", f.texts("projects")).put("url", web(d, f, "url"));
        e.put("summary", f.text("summary"));
        if ("true".equals(f.text("previous"))) e.put("previous", Boolean.TRUE);
        add(d, f, "openSource", e);
    }

    /** Adds an entry to a section, reports it and any field left over. */
    private static void add(Draft d, Fields f, String section, YamlMap e) {
        d.section(section).add(e);
        d.report.carried(f.path().replaceAll("\\[\\d+]$", ""), section);
        f.rest();
    }

    private static void put(Draft d, Fields f, String key, String to, String report) {
        String v = f.text(key);
        if (v == null) return;
        d.root.put(to, v);
        d.report.carried(f.path(key), report);
    }

    /** A web address field, reported when it is not one. */
    static String web(Draft d, Fields f, String... keys) {
        String url = f.text(keys);
        if (url == null) return null;
        if (Links.web(url)) return url;
        if (url.matches("(?i)[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?")) {
            d.report.note(f.path(keys[0]), "'" + url + "' written as https://" + url);
            return "https://" + url;
        }
        d.report.notCarried(f.path(keys[0]), "'" + url + "' is not an http(s) address");
        return null;
    }

    static String join(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + " " + b;
    }

    /** Summary text as paragraphs, split at blank lines. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\n\\s*\\n")) {
            if (!p.isBlank()) out.add(p.strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return out;
    }
}
