package dev.vita.importer;

import dev.vita.load.YamlSource;
import dev.vita.model.Labels;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * RenderCV YAML (the v1 generation with {@code rendercv_settings}/{@code locale_catalog}, and v2
 * with {@code settings}/{@code locale}) → profile.yaml and publications.bib. Sections keep their
 * titles; each is matched to a profile section by its entry kind and title, else becomes a custom
 * section of the same kind. Read under profile.yaml's YAML rules: tags are refused, never followed.
 */
final class RenderCvImporter implements Importer {
    /** Section ids a title may name, tried in this order; the first match wins. */
    private static final List<Map.Entry<String, Pattern>> TITLES = List.of(
            Map.entry("projects", Pattern.compile("project")),
            Map.entry("awards", Pattern.compile("award|honou?r|prize|distinction|achievement")),
            Map.entry("talks", Pattern.compile("talk|presentation|seminar|lecture|keynote")),
            Map.entry("teaching", Pattern.compile("teaching")),
            Map.entry("grants", Pattern.compile("grant|funding|fellowship")),
            Map.entry("supervision", Pattern.compile("supervis|mentor|student|advis")),
            Map.entry("service", Pattern.compile("service|reviewing|outreach|committee")),
            Map.entry("certificates", Pattern.compile("certific|licen")),
            Map.entry("volunteer", Pattern.compile("volunt")),
            Map.entry("references", Pattern.compile("referee|reference")));
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("english", "en"), Map.entry("german", "de"), Map.entry("deutsch", "de"), Map.entry("french", "fr"),
            Map.entry("spanish", "es"), Map.entry("portuguese", "pt"), Map.entry("italian", "it"), Map.entry("chinese", "zh"),
            Map.entry("mandarin", "zh"), Map.entry("japanese", "ja"), Map.entry("korean", "ko"));

    /** Vita's own section titles, to tell whether a RenderCV title says something else. */
    private static final Labels ENGLISH = Labels.of("en", null);

    @Override
    public String format() {
        return "RenderCV (.yaml, .yml)";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Imported read(Path file) {
        Object tree = YamlSource.read(file);
        if (!(tree instanceof Map<?, ?> m) || !(m.get("cv") instanceof Map<?, ?>)) {
            throw new UserError(file, "not a RenderCV file: it has no 'cv:' mapping at the top");
        }
        Map<String, Object> top = (Map<String, Object>) tree;
        Draft d = new Draft();
        Fields root = new Fields(top, "", d.report);
        Map<String, Object> settings = root.map("settings");
        if (settings == null) settings = root.map("rendercv_settings");
        Markup markup = new Markup(settings == null ? List.of()
                : new Fields(settings, "", d.report).texts("bold_keywords"));
        Map<String, Object> cv = root.map("cv");
        Reader reader = new Reader(d, markup, file);
        reader.cv(new Fields(cv, "cv", d.report));
        design(d, root.map("design"));
        locale(d, root, top);
        reader.keepTitles();
        if (settings != null) {
            String key = top.containsKey("settings") ? "settings" : "rendercv_settings";
            Fields s = new Fields(settings, key, d.report);
            if (!s.texts("bold_keywords").isEmpty()) d.report.carried(key + ".bold_keywords", "bold in the text (**…**)");
            s.rest();
        }
        for (String t : markup.dropped()) {
            d.report.note("cv.sections", "Typst markup " + t + "[…] has no Vita equivalent; its text kept");
        }
        root.rest();
        return d.imported(file, format());
    }

    private static void design(Draft d, Map<String, Object> design) {
        if (design == null) return;
        Fields f = new Fields(design, "design", d.report);
        String theme = f.text("theme");
        if (theme != null) d.report.notCarried("design.theme", "'" + theme + "': Vita has one built-in look (a theme of your own: --templates DIR)");
        String size = f.text("page_size");
        Map<String, Object> page = f.map("page");
        Fields p = page == null ? null : new Fields(page, "design.page", d.report);
        if (size == null && p != null) size = p.text("size");
        if (size != null) {
            String s = size.toLowerCase(Locale.ROOT);
            if (s.contains("letter")) {
                d.pageSize("letter", "design.page.size " + size);
            } else if (!s.startsWith("a4")) {
                d.report.notCarried("design.page.size", "'" + size + "': Vita makes A4 or US letter pages");
            } else {
                d.report.carried("design.page.size", "A4, Vita's default");
            }
        }
        int others = 0;
        for (var e : design.entrySet()) if (!e.getKey().equals("theme") && !e.getKey().equals("page_size") && !e.getKey().equals("page")) others++;
        if (p != null) for (var e : page.entrySet()) if (!e.getKey().equals("size")) others++;
        if (others > 0) d.report.notCarried("design", others + " other settings (fonts, colours, margins…): Vita sets its own layout");
    }

    @SuppressWarnings("unchecked")
    private static void locale(Draft d, Fields root, Map<String, Object> top) {
        Object loc = top.get("locale");
        root.skip("locale");
        Map<String, Object> catalog = root.map("locale_catalog");
        String path = catalog != null ? "locale_catalog" : "locale";
        Map<String, Object> map = catalog != null ? catalog : loc instanceof Map<?, ?> m ? (Map<String, Object>) m : new LinkedHashMap<>();
        Fields f = new Fields(map, path, d.report);
        String language = loc instanceof String s ? s : f.text("language");
        if (language != null) {
            String l = language.strip().toLowerCase(Locale.ROOT);
            String code = LANGUAGES.getOrDefault(l, LANGUAGES.containsValue(l) ? l : null);
            if (code == null) {
                d.report.notCarried(path + ".language", "'" + language + "': Vita speaks en, de, fr, es, pt, it, zh, ja, ko");
            } else if (!code.equals("en")) {
                d.root.put("locale", code);
                d.report.carried(path + ".language", "locale");
            } else {
                d.report.carried(path + ".language", "locale (en, Vita's default)");
            }
        }
        String present = f.text("present");
        if (present != null) {
            d.labels().put("present", present);
            d.report.carried(path + ".present", "labels.present");
        }
        if (catalog != null && loc != null) {
            d.report.notCarried("locale", "both locale and locale_catalog given; locale_catalog read");
        }
        f.rest();
    }

    /** Reads the cv part; holds the state its sections share. */
    private static final class Reader {
        private final Draft d;
        private final Markup m;
        private final Path file;
        private boolean experienceTaken;
        private boolean educationTaken;

        Reader(Draft d, Markup m, Path file) {
            this.d = d;
            this.m = m;
            this.file = file;
        }

        void cv(Fields f) {
            String name = f.text("name");
            d.root.put("name", name != null ? m.plain(name) : "Your Name");
            if (name == null) {
                d.root.comment("name", "the source gives no name: write yours here");
                d.report.notCarried("cv.name", "missing; profile.yaml says 'Your Name' until you replace it");
            } else {
                d.report.carried("cv.name", "name");
            }
            String headline = f.text("headline", "label");
            if (headline != null) {
                d.root.put("headline", m.plain(headline));
                d.report.carried("cv.headline", "headline");
            }
            String location = f.text("location");
            if (location != null) {
                d.root.put("location", m.plain(location));
                d.report.carried("cv.location", "location");
            }
            first(f, "email", "email");
            first(f, "phone", "phone");
            List<String> sites = f.texts("website");
            for (int i = 0; i < sites.size(); i++) {
                String url = sites.get(i);
                if (!Links.web(url)) d.report.notCarried("cv.website", "'" + url + "' is not an http(s) address");
                else if (!d.root.has("website")) d.root.put("website", url);
                else d.root.list("links").add(new YamlMap().put("label", Links.host(url)).put("url", url));
                if (Links.web(url)) d.report.carried("cv.website", i == 0 ? "website" : "links");
            }
            photo(f);
            List<Map<String, Object>> networks = f.maps("social_networks");
            for (int i = 0; i < networks.size(); i++) {
                Fields n = new Fields(networks.get(i), "cv.social_networks[" + (i + 1) + "]", d.report);
                String network = n.text("network");
                String user = n.text("username");
                String url = network == null || user == null ? null : Links.profile(network, user);
                if (url == null) {
                    d.report.notCarried(n.path(), "no web address known for " + network + " '" + user + "'");
                } else {
                    d.root.list("links").add(new YamlMap().put("label", network).put("url", url));
                    d.report.carried("cv.social_networks", "links");
                }
                n.rest();
            }
            List<Map<String, Object>> custom = f.maps("custom_connections");
            for (int i = 0; i < custom.size(); i++) {
                Fields c = new Fields(custom.get(i), "cv.custom_connections[" + (i + 1) + "]", d.report);
                String label = c.text("placeholder", "label");
                String url = c.text("url");
                c.skip("fontawesome_icon");
                c.skip("icon");
                if (label != null && url != null && Links.web(url)) {
                    d.root.list("links").add(new YamlMap().put("label", m.plain(label)).put("url", url));
                    d.report.carried("cv.custom_connections", "links");
                } else {
                    d.report.notCarried(c.path(), "a header item without a web address");
                }
                c.rest();
            }
            Map<String, Object> sections = f.map("sections");
            if (sections != null) {
                for (var e : sections.entrySet()) section(e.getKey(), e.getValue());
            }
            f.rest();
            if (!d.bib.entries().isEmpty()) {
                d.root.put("publications", new YamlMap().put("bib", List.of("publications.bib")).put("authorStyle", "full"));
                d.root.comment("publications", "imported papers are in publications.bib; authors keep the spelling of the source");
            }
        }

        private void first(Fields f, String key, String to) {
            List<String> values = f.texts(key);
            if (values.isEmpty()) return;
            String value = key.equals("email") ? d.email(values.get(0), "cv.email") : values.get(0);
            if (value == null) return;
            d.root.put(to, value);
            d.report.carried("cv." + key, to);
            for (int i = 1; i < values.size(); i++) d.report.notCarried("cv." + key + "[" + (i + 1) + "]", "profile.yaml holds one " + key);
        }

        private void photo(Fields f) {
            String photo = f.text("photo");
            if (photo == null) return;
            Path dir = file.toAbsolutePath().getParent();
            Path p = dir.resolve(photo).normalize();
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!p.startsWith(dir) || !Files.isRegularFile(p) || !(n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png"))) {
                d.report.notCarried("cv.photo", "'" + photo + "': only a JPEG or PNG file inside the source's folder is copied");
                return;
            }
            try {
                d.files.put(p.getFileName().toString(), Files.readAllBytes(p));
                d.root.put("photo", p.getFileName().toString());
                d.report.carried("cv.photo", "photo (copied)");
            } catch (IOException e) {
                d.report.notCarried("cv.photo", "cannot read '" + photo + "': " + e.getMessage());
            }
        }

        @SuppressWarnings("unchecked")
        private void section(String key, Object value) {
            String path = "cv.sections." + key;
            String title = Sections.title(key);
            List<?> list;
            if (value instanceof List<?> l) {
                list = l;
            } else if (value instanceof String s && !s.isBlank()) {
                list = List.of(s);
            } else {
                if (!Fields.empty(value)) d.report.notCarried(path, "a section is a list of entries");
                return;
            }
            String kind = kind(list);
            if (kind == null) {
                if (!list.isEmpty()) d.report.notCarried(path, "no entry of a kind RenderCV knows");
                return;
            }
            String norm = title.toLowerCase(Locale.ROOT);
            String target = switch (kind) {
                case "text" -> norm.matches(".*\\b(summary|about|profile|objective|overview|introduction)\\b.*") ? "summary"
                        : norm.matches(".*\\b(interests|hobbies)\\b.*") ? "interests" : null;
                case "bullet" -> norm.matches(".*\\b(interests|hobbies)\\b.*") ? "interests" : byTitle(norm, kind);
                case "oneline" -> norm.matches(".*\\b(skills?|technolog\\w*|tools|competenc\\w*|expertise)\\b.*") ? "skills"
                        : norm.matches(".*\\blanguages?\\b.*") && !norm.contains("programming") ? "languages" : null;
                case "publication" -> "publications.bib";
                case "education", "experience", "normal" -> byTitle(norm, kind);
                default -> null;
            };
            if (target == null && kind.equals("education") && !educationTaken) target = "education";
            if (target == null && kind.equals("experience") && !experienceTaken) target = "experience";
            if ("education".equals(target)) educationTaken = true;
            if ("experience".equals(target)) experienceTaken = true;
            if (target != null) label(target.equals("publications.bib") ? "publications" : target, title);
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                String at = path + "[" + (i + 1) + "]";
                if (item == null || item instanceof String s && s.isBlank()) continue;
                if (item instanceof Map<?, ?> map) {
                    entry(target, kind, new Fields((Map<String, Object>) map, at, d.report), title);
                } else if (item instanceof String s) {
                    text(target, kind, s, title);
                } else {
                    d.report.notCarried(at, "a list inside a list");
                }
            }
            if (target != null) d.report.carried(path, target);
            else d.report.carried(path, "sections: " + title + " (" + customKind(kind) + ")");
        }

        private String byTitle(String norm, String kind) {
            for (var t : TITLES) {
                if (t.getValue().matcher(norm).find()) {
                    if (t.getKey().equals("projects") && !kind.equals("normal") && !kind.equals("bullet")) continue;
                    return t.getKey();
                }
            }
            return null;
        }

        /** The kind of a section's entries, by the first entry whose kind shows (as RenderCV decides it). */
        private static String kind(List<?> entries) {
            for (Object e : entries) {
                if (e instanceof String) return "text";
                if (!(e instanceof Map<?, ?> m)) continue;
                if (m.containsKey("label") || m.containsKey("details")) return "oneline";
                if (m.containsKey("company") || m.containsKey("position")) return "experience";
                if (m.containsKey("institution") || m.containsKey("area") || m.containsKey("degree")) return "education";
                if (m.containsKey("authors") || m.containsKey("doi") || m.containsKey("journal")) return "publication";
                if (m.containsKey("bullet")) return "bullet";
                if (m.containsKey("number")) return "numbered";
                if (m.containsKey("reversed_number")) return "reversed";
                if (m.containsKey("name")) return "normal";
                if (m.containsKey("title")) return "publication";
            }
            return null;
        }

        private static String customKind(String kind) {
            return switch (kind) {
                case "education", "experience", "normal", "publication" -> "detailed";
                case "reversed" -> "numbered";
                default -> kind;
            };
        }

        /**
         * The section's own title as the label of the Vita section it went to: RenderCV prints the
         * title as written whatever the locale, so it is kept when it differs from Vita's English
         * title ("Interests" for "Research Interests"), and always in a file of another language.
         */
        private void label(String id, String title) {
            String natural = ENGLISH.get(id);
            labelled.put(id, title);
            if (!title.equalsIgnoreCase(natural)) d.labels().put(id, title);
        }

        /** After the locale is known: a file in another language keeps every section title it shows. */
        void keepTitles() {
            if (d.root.has("locale")) labelled.forEach((id, title) -> d.labels().put(id, title));
        }

        private final Map<String, String> labelled = new LinkedHashMap<>();

        private YamlMap custom(String title, String kind) {
            List<Object> sections = d.section("sections");
            for (Object s : sections) {
                if (s instanceof YamlMap y && title.equals(y.get("title"))) return y;
            }
            YamlMap y = new YamlMap().put("title", title).put("kind", customKind(kind));
            sections.add(y);
            return y;
        }

        private void text(String target, String kind, String s, String title) {
            if ("summary".equals(target)) d.section("summary").add(m.free(s));
            else if ("interests".equals(target)) d.section("interests").add(m.plain(s));
            else if ("projects".equals(target)) d.section("projects").add(new YamlMap().put("name", m.plain(s)));
            else if (target != null) d.section(target).add(new YamlMap().put("title", m.free(s)));
            else custom(title, kind).list("entries").add(m.free(s));
        }

        private void entry(String target, String kind, Fields f, String title) {
            switch (kind) {
                case "bullet", "numbered", "reversed" -> {
                    String text = f.text("bullet", "number", "reversed_number");
                    if (text != null) text(target, kind, text, title);
                }
                case "oneline" -> oneline(target, f, title);
                case "publication" -> publication(f);
                default -> detailed(target, kind, f, title);
            }
            f.rest();
        }

        private void oneline(String target, Fields f, String title) {
            String label = f.text("label");
            String details = f.text("details");
            if ("skills".equals(target)) {
                List<String> items = new ArrayList<>();
                if (details != null) for (String s : m.plain(details).split("\\s*[,;]\\s*")) if (!s.isBlank()) items.add(s);
                d.section("skills").add(new YamlMap().put("group", label == null ? "Skills" : m.plain(label)).put("items", items));
            } else if ("languages".equals(target)) {
                d.section("languages").add(new YamlMap().put("title", m.free(label != null ? label : details)).put("level", label != null ? m.free(details) : null));
            } else {
                custom(title, "oneline").list("entries").add(new YamlMap().put("label", m.free(label)).put("details", m.free(details)));
            }
        }

        private void detailed(String target, String kind, Fields f, String title) {
            YamlMap e = new YamlMap();
            String textKey = "summary";
            if ("experience".equals(target)) {
                String company = f.text("company", "name");
                String position = f.text("position");
                e.put("organization", m.plain(company != null ? company : position)).put("role", company != null ? m.plain(position) : null);
            } else if ("education".equals(target)) {
                e.put("institution", m.plain(f.text("institution", "name")));
                e.put("degree", degree(f));
                textKey = "details";
            } else if ("projects".equals(target)) {
                e.put("name", m.plain(f.text("name")));
            } else {
                switch (kind) {
                    case "experience" -> {
                        String position = f.text("position");
                        String company = f.text("company");
                        e.put("title", m.free(position != null ? position : company)).put("organization", position != null ? m.free(company) : null);
                    }
                    case "education" -> {
                        String degree = degree(f);
                        String inst = f.text("institution");
                        e.put("title", degree != null ? degree : m.free(inst)).put("organization", degree != null ? m.free(inst) : null);
                    }
                    default -> e.put("title", m.free(f.text("name")));
                }
            }
            String location = f.text("location");
            if ("projects".equals(target) && location != null) {
                d.report.notCarried(f.path("location"), "projects have no location in profile.yaml");
            } else {
                e.put("location", m.plain(location));
            }
            String summary = f.text("summary");
            if (textKey.equals("details")) {
                if (summary != null) e.list("details").add(m.free(summary));
            } else {
                e.put("summary", m.free(summary));
            }
            List<String> highlights = new ArrayList<>();
            for (String h : f.texts("highlights")) highlights.add(m.free(h));
            e.put("highlights", highlights);
            if ("education".equals(target)) e.put("gpa", f.text("grade", "gpa"));
            String date = f.text("date");
            String start = f.text("start_date");
            String end = f.text("end_date");
            boolean single = target == null || !List.of("experience", "education", "projects", "teaching", "supervision", "volunteer").contains(target);
            if (date != null && start == null && end == null) {
                d.date(e, single ? "date" : "start", date, f.path("date"), textKey);
            } else {
                if (date != null) Draft.keepText(e, textKey, date);
                d.date(e, "start", start, f.path("start_date"), textKey);
                d.date(e, "end", end, f.path("end_date"), textKey);
            }
            String url = f.text("url");
            if (url != null && Links.web(url)) e.put("url", url);
            else if (url != null) d.report.notCarried(f.path("url"), "'" + url + "' is not an http(s) address");
            if (e.isEmpty()) return;
            if (target == null) custom(title, kind).list("entries").add(e);
            else d.section(target).add(e);
        }

        private String degree(Fields f) {
            String degree = f.text("degree");
            String area = f.text("area");
            if (degree != null && area != null) return m.plain(degree) + " in " + m.plain(area);
            return m.plain(degree != null ? degree : area);
        }

        private void publication(Fields f) {
            String title = f.text("title", "name");
            if (title == null) {
                d.report.notCarried(f.path(), "a publication without a title");
                return;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Authors.Parsed authors = Authors.parse(f.texts("authors"), d, f.path("authors"));
            fields.put("author", authors.bibtex());
            fields.put("author+an", authors.annotation());
            fields.put("title", m.plain(title));
            String journal = f.text("journal");
            String[] type = BibBuilder.venue(journal);
            fields.put(type[1], m.plain(journal));
            String date = f.text("date");
            String year = d.bibDate(fields, date, f.path("date"));
            String doi = f.text("doi");
            if (doi != null) fields.put("doi", doi.replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", ""));
            String url = f.text("url");
            if (url != null && Links.web(url)) fields.put("url", url);
            else if (url != null) d.report.notCarried(f.path("url"), "'" + url + "' is not an http(s) address");
            String summary = f.text("summary");
            fields.put("abstract", summary == null ? null : m.plain(summary));
            for (String h : f.texts("highlights")) fields.merge("note", m.plain(h), (a, b) -> a + "; " + b);
            d.bib.add(type[0], authors.firstFamily(), year, title, fields, null);
        }
    }
}
