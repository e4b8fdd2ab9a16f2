package dev.vita.load;

import dev.vita.model.Author;
import dev.vita.model.BibEntry;
import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import dev.vita.model.RichText;
import dev.vita.model.Role;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Reads BibTeX files the way people really have them into publications. Each file is cut into
 * entries first ({@link BibSplitter}) and each entry parsed alone with JBibTeX, so a broken entry
 * is one located warning and the rest still renders. Only printed fields are decoded from LaTeX.
 */
public final class BibReader {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LINE = Pattern.compile("line (\\d+)");
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final Pattern DOI_PREFIX = Pattern.compile("(?i)^(https?://(dx\\.)?doi\\.org/|doi:\\s*)");
    /** Biblatex fields a child never takes from its crossref parent (they describe the parent itself). */
    private static final Set<String> NOT_INHERITED = Set.of("title", "crossref", "key", "ids", "url", "doi", "pdf", "code",
            "ee", "biburl", "bibsource", "timestamp", "eprint", "archiveprefix", "eprinttype", "keywords", "note", "award",
            "abstract", "selected", "author", "author+an", "tags", "priority", "kind", "pages");

    private final NameMatcher self;
    private final PublicationSettings settings;
    private final Warnings warnings;
    private final Set<String> warnedCommands = new HashSet<>();
    private final UserMacros macros;
    /** Names of the commands the decoder did not know in the value it decoded last. */
    private final List<String> heard = new ArrayList<>();
    /** Warnings that many entries may share, printed as one line each when they do. */
    private final RepeatedWarnings repeated;

    public BibReader(NameMatcher self, PublicationSettings settings, Warnings warnings) {
        this.self = self;
        this.settings = settings;
        this.warnings = warnings;
        this.macros = new UserMacros(settings.macros());
        this.repeated = new RepeatedWarnings(warnings);
    }

    /** A parsed entry before it becomes a publication; {@code lines} says where each field starts. */
    private record Raw(Path file, int line, String type, String key, Map<String, String> fields, Map<String, Integer> lines) {}

    /** Reads one file. */
    public List<Publication> read(Path file) {
        return read(List.of(file));
    }

    /** Reads every entry of the files, in order, as one database: macros and crossrefs reach across files. */
    public List<Publication> read(List<Path> files) {
        BibTeXParser parser = parser();
        List<Raw> entries = new ArrayList<>();
        Map<String, Raw> byKey = new HashMap<>();
        for (Path file : files) {
            String text = text(file).replace("\uFEFF", "");
            List<BibSplitter.Chunk> chunks = BibSplitter.split(text);
            if (chunks.stream().noneMatch(c -> !List.of("comment", "preamble", "string").contains(c.type()))) {
                // a file that is not BibTeX at all (bib: [/etc/passwd]) reads as nothing: say so
                warnings.add(Problem.of(file, "no BibTeX entries in this file; nothing is read from it"));
            }
            for (BibSplitter.Chunk c : chunks) {
                Raw r = parse(parser, file, c);
                if (r == null) continue;
                Raw first = byKey.putIfAbsent(r.key().toLowerCase(Locale.ROOT), r);
                if (first != null) {
                    warn(r, "duplicate key: first defined at " + where(first, r.file()) + "; keeping that one");
                    continue;
                }
                entries.add(r);
            }
        }
        Set<String> parents = new HashSet<>();
        List<Raw> resolved = new ArrayList<>();
        for (Raw r : entries) resolved.add(inherit(r, byKey, parents));
        List<Publication> out = new ArrayList<>();
        for (Raw r : resolved) {
            // a crossref parent without authors (DBLP's @proceedings) describes a venue, not a paper
            if (parents.contains(r.key().toLowerCase(Locale.ROOT)) && !r.fields().containsKey("author")) continue;
            Publication p = safely(r);
            if (p != null) out.add(p);
        }
        repeated.flush();
        return out;
    }

    private BibTeXParser parser() {
        try {
            return newParser();
        } catch (ParseException e) {
            throw new IllegalStateException("JBibTeX cannot start", e);
        }
    }

    private BibTeXParser newParser() throws ParseException {
        return new BibTeXParser() {
            @Override
            public void checkStringResolution(Key key, BibTeXString string) {
                if (string == null) unresolved.add(key.getValue());
            }

            @Override
            public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                // crossrefs are resolved after all files are read, possibly across files
            }
        };
    }

    /** Macro names an entry used but no @string defined; filled during one parse. */
    private final List<String> unresolved = new ArrayList<>();

    private static String text(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file, "bibliography file not found");
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // older JabRef and Windows tools wrote Latin-1; every byte sequence is valid windows-1252
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private Raw parse(BibTeXParser parser, Path file, BibSplitter.Chunk c) {
        if (c.error() != null) {
            warnings.add(new Problem(file, c.line(), 0, prefix(c.key()) + c.error() + "; entry skipped"));
            return null;
        }
        switch (c.type()) {
            case "comment", "preamble" -> {
                return null;
            }
            case "string" -> {
                BibTeXDatabase db = parseChunk(parser, file, c);
                if (db != null) db.getStrings().values().forEach(parser::addMacro);
                return null;
            }
            default -> { }
        }
        if (c.key().isEmpty()) {
            warnings.add(new Problem(file, c.line(), 0, "@" + c.type() + " without a citation key; entry skipped"));
            return null;
        }
        BibTeXDatabase db = parseChunk(parser, file, c);
        if (db == null || db.getEntries().isEmpty()) return null;
        BibTeXEntry e = db.getEntries().values().iterator().next();
        Raw raw = new Raw(file, c.line(), c.type(), c.key(), new LinkedHashMap<>(), FieldLines.of(c.text(), c.line()));
        for (int k = 0; k < c.notes().size(); k++) {
            String dup = c.notes().get(k);
            warn(raw, "x-vita-duplicate-" + (k + 1) + "-" + dup, "field '" + dup + "' appears twice; keeping the first");
        }
        for (String name : unresolved) warn(raw, "undefined @string macro '" + name + "'; printing its name");
        e.getFields().forEach((k, v) -> {
            String name = k.getValue().toLowerCase(Locale.ROOT);
            if (name.startsWith("x-vita-duplicate-")) return;
            String value = v.toUserString();
            if (value != null && !value.isBlank()) raw.fields().put(name, SPACES.matcher(value.strip()).replaceAll(" "));
        });
        return raw;
    }

    private BibTeXDatabase parseChunk(BibTeXParser parser, Path file, BibSplitter.Chunk c) {
        unresolved.clear();
        try {
            return parser.parse(new StringReader(c.text()));
        } catch (ParseException e) {
            int line = c.line();
            String what = "syntax error";
            if (e.currentToken != null && e.currentToken.next != null) {
                var t = e.currentToken.next;
                line = c.line() + t.beginLine - 1;
                what = t.kind == 0 ? "unexpected end of entry" : "unexpected '" + t.image + "'";
                String expected = expected(e);
                if (!expected.isEmpty()) what += ", expected " + expected;
                if (expected.contains("','") && t.kind != 0 && Character.isLetter(t.image.charAt(0))) what += " (a missing comma?)";
            } else if (e.getMessage() != null) {
                what = e.getMessage().lines().findFirst().orElse(what);
            }
            warnings.add(new Problem(file, line, 0, prefix(c.key()) + what + "; entry skipped"));
        } catch (TokenMgrException e) {
            Matcher m = LINE.matcher(String.valueOf(e.getMessage()));
            int line = m.find() ? c.line() + Integer.parseInt(m.group(1)) - 1 : c.line();
            warnings.add(new Problem(file, line, 0, prefix(c.key()) + "unreadable character; entry skipped"));
        } catch (RuntimeException e) {
            warnings.add(new Problem(file, c.line(), 0, prefix(c.key()) + "cannot parse: " + e.getMessage() + "; entry skipped"));
        }
        return null;
    }

    private static String expected(ParseException e) {
        if (e.expectedTokenSequences == null || e.tokenImage == null) return "";
        List<String> words = new ArrayList<>();
        for (int[] seq : e.expectedTokenSequences) {
            if (seq.length == 0) continue;
            String img = e.tokenImage[seq[0]];
            String w = img.startsWith("\"") ? "'" + img.substring(1, img.length() - 1) + "'" : img.replace("<", "").replace(">", "").toLowerCase(Locale.ROOT);
            if (!words.contains(w)) words.add(w);
        }
        return String.join(" or ", words);
    }

    private static String prefix(String key) {
        return key == null || key.isEmpty() ? "" : key + ": ";
    }

    private void warn(Raw r, String message) {
        warnings.add(problem(r, null, message));
    }

    /** A warning about one field, at that field's line (the entry's when the field's is unknown). */
    private void warn(Raw r, String field, String message) {
        warnings.add(problem(r, field, message));
    }

    private static Problem problem(Raw r, String field, String message) {
        int line = field == null ? r.line() : r.lines().getOrDefault(field, r.line());
        return new Problem(r.file(), line, 0, r.key() + ": " + message);
    }

    private static String where(Raw first, Path here) {
        return (first.file().equals(here) ? "" : first.file() + ":") + "line " + first.line();
    }

    /** Fills a child's missing fields from its crossref parent; a proceedings' title becomes the child's booktitle. */
    private Raw inherit(Raw r, Map<String, Raw> byKey, Set<String> parents) {
        String ref = r.fields().get("crossref");
        if (ref == null) return r;
        Raw parent = byKey.get(ref.trim().toLowerCase(Locale.ROOT));
        if (parent == null) {
            warn(r, "crossref", "crossref '" + ref + "' names no entry; using the entry's own fields only");
            return r;
        }
        parents.add(parent.key().toLowerCase(Locale.ROOT));
        Map<String, String> f = new LinkedHashMap<>(r.fields());
        f.remove("crossref");
        parent.fields().forEach((k, v) -> {
            if (!NOT_INHERITED.contains(k)) f.putIfAbsent(k, v);
        });
        if (parent.fields().containsKey("title")) f.putIfAbsent("booktitle", parent.fields().get("title"));
        return new Raw(r.file(), r.line(), r.type(), r.key(), f, r.lines());
    }

    /** One entry's publication; input nested too deeply for any reader costs that entry, with a warning. */
    private Publication safely(Raw r) {
        try {
            return publication(r);
        } catch (LatexDecoder.TooDeep e) {
            warn(r, "LaTeX nested more than " + LatexDecoder.MAX_NESTING + " levels deep; entry skipped");
        } catch (StackOverflowError e) {
            // a last resort behind the bounds above: some recursion nobody bounded yet
            warn(r, "nested too deeply to read; entry skipped");
        }
        return null;
    }

    private Publication publication(Raw raw) {
        Raw r = expanded(raw);
        Map<String, String> f = r.fields();
        LatexDecoder latex = new LatexDecoder(heard::add);
        RichText title = decode(r, latex, "title");
        if (title == null || title.isEmpty()) {
            repeated.add("no-title", problem(r, "title", "no title; entry skipped"), r.key(), "entries have no title and were skipped");
            return null;
        }
        Map<String, String> export = new LinkedHashMap<>(f);
        String authorField = f.containsKey("author") ? "author" : "editor";
        List<Author> authors = authors(r, latex, authorField, export);
        if (!authors.isEmpty() && authors.stream().noneMatch(Author::self)) {
            repeated.add("not-self", problem(r, authorField, "none of the authors matches " + self.describe() + " (a typo?) in \"" + title.text() + "\""),
                    r.key(), "papers do not list " + self.describe() + "; set `aliases` if you appear under another spelling");
        }
        String arxiv = BibFields.arxiv(f);
        String kind = BibFields.kind(r.type(), f, arxiv);
        String venueRaw = BibFields.venueField(f, arxiv);
        String venueField = venueRaw == null ? null : f.entrySet().stream().filter(e -> e.getValue() == venueRaw)
                .map(Map.Entry::getKey).findFirst().orElse("journal");
        return new Publication(
                r.key(),
                r.type(),
                kind,
                title,
                authors,
                venue(venueRaw == null ? null : decode(r, latex, venueField), arxiv),
                BibFields.year(f),
                f.get("month"),
                doi(r, f.get("doi")),
                web(r, "url", f.get("url")),
                arxiv,
                web(r, "pdf", f.get("pdf")),
                web(r, "code", BibFields.first(f, "code", "github", "repository", "software")),
                decode(r, latex, "award"),
                decode(r, latex, "note"),
                decode(r, latex, "abstract"),
                BibFields.selected(f),
                BibFields.tags(f.get("tags")),
                priority(r, f.get("priority")),
                new BibEntry(r.file(), r.line(), r.type(), r.key(), export));
    }

    /** The venue as printed; a venue that decodes to nothing (an undefined macro) is no venue. */
    private static RichText venue(RichText decoded, String arxiv) {
        if (decoded != null && !decoded.text().isBlank()) return decoded;
        return arxiv != null ? RichText.plain("arXiv:" + arxiv) : null;
    }

    /** The entry with the profile's own macros expanded in every value (the export then needs none of them). */
    private Raw expanded(Raw r) {
        if (macros.isEmpty()) return r;
        Map<String, String> f = new LinkedHashMap<>();
        r.fields().forEach((k, v) -> f.put(k, macros.expand(v)));
        return new Raw(r.file(), r.line(), r.type(), r.key(), f, r.lines());
    }

    /** Decodes one printed field; commands nobody defined are reported at the field's line. */
    private RichText decode(Raw r, LatexDecoder latex, String field) {
        heard.clear();
        RichText t = latex.decode(r.fields().get(field));
        unknownCommands(r, field, t == null ? "" : t.text(), field + " prints nothing");
        return t;
    }

    /**
     * Reports the commands just decoded that no table or profile macro defines: once per name when
     * the text still prints, and always when they left it empty, since then something is missing.
     */
    private void unknownCommands(Raw r, String field, String printed, String emptyMessage) {
        if (heard.isEmpty()) return;
        List<String> names = heard.stream().distinct().toList();
        heard.clear();
        String list = "\\" + String.join(", \\", names);
        if (printed.codePoints().noneMatch(Character::isLetterOrDigit)) {
            warn(r, field, emptyMessage + ": " + list + (names.size() == 1 ? " is" : " are")
                    + " not defined; define " + (names.size() == 1 ? "it" : "them") + " under publications: macros in profile.yaml");
            names.forEach(warnedCommands::add);
            return;
        }
        for (String name : names) {
            if (warnedCommands.add(name)) warn(r, field, "unknown LaTeX command \\" + name + "; printing its argument");
        }
    }

    /** Authors with roles from author+an and from inline markers; the export copy gets clean names and one author+an. */
    private List<Author> authors(Raw r, LatexDecoder latex, String field, Map<String, String> export) {
        String value = r.fields().get(field);
        if (value == null) return List.of();
        Map<Integer, Set<Role>> roles = annotations(r.fields().get(field + "+an"));
        List<String> extra = new ArrayList<>(settings.markers().values());
        List<Author> out = new ArrayList<>();
        List<String> cleanNames = new ArrayList<>();
        int index = 1;
        for (String rawName : Names.list(value)) {
            Markers.Found m = Markers.extract(rawName, extra);
            cleanNames.add(m.name());
            Set<Role> mine = EnumSet.noneOf(Role.class);
            mine.addAll(roles.getOrDefault(index, Set.of()));
            for (String sym : m.symbols()) {
                Role role = settings.roleOfMarker(sym);
                if (role == null) {
                    warn(r, field, "marker '" + sym + "' after " + m.name() + " stands for no role; map it under publications: markers:");
                } else {
                    mine.add(role);
                }
            }
            if (m.name().equalsIgnoreCase("others")) {
                out.add(new Author("", "et al.", Set.of(), false));
            } else {
                String[] parts = Names.parts(m.name());
                heard.clear();
                String given = latex.plain(parts[0]);
                String family = latex.plain(parts[1]);
                boolean unnamed = !heard.isEmpty() && (given + family).codePoints().noneMatch(Character::isLetterOrDigit);
                unknownCommands(r, field, given + family, field + " " + index + " has no name");
                if (unnamed) {
                    index++;
                    continue; // a name of nothing but an undefined macro would print as an empty author
                }
                out.add(new Author(given, family, mine, self.matches(given, family)));
            }
            index++;
        }
        export.put(field, String.join(" and ", cleanNames));
        export.remove(field + "+an");
        String an = annotation(out);
        if (!an.isEmpty()) export.put(field + "+an", an);
        return out;
    }

    /** Biblatex's item annotation for these authors: {@code 1=equal; 2=equal,corresponding}. */
    static String annotation(List<Author> authors) {
        List<String> items = new ArrayList<>();
        for (int k = 0; k < authors.size(); k++) {
            Set<Role> roles = authors.get(k).roles();
            if (roles.isEmpty()) continue;
            items.add((k + 1) + "=" + String.join(",", roles.stream().sorted().map(Role::key).toList()));
        }
        return String.join("; ", items);
    }

    /** Parses biblatex's {@code author+an = {1=equal; 2=equal,corresponding}}; part annotations ({@code 1:family=…}) are skipped. */
    static Map<Integer, Set<Role>> annotations(String field) {
        Map<Integer, Set<Role>> out = new HashMap<>();
        if (field == null) return out;
        for (String item : field.split(";")) {
            String[] kv = item.split("=", 2);
            if (kv.length != 2 || kv[0].contains(":")) continue;
            int index;
            try {
                index = Integer.parseInt(kv[0].trim());
            } catch (NumberFormatException e) {
                continue;
            }
            for (String word : kv[1].split(",")) {
                Role r = Role.ofKey(word.replace("\"", "").replace("{", "").replace("}", ""));
                if (r != null) out.computeIfAbsent(index, k -> EnumSet.noneOf(Role.class)).add(r);
            }
        }
        return out;
    }

    private String doi(Raw r, String doi) {
        if (doi == null) return null;
        String d = DOI_PREFIX.matcher(doi.trim().replace("\\_", "_")).replaceFirst("");
        if (!DOI.matcher(d).matches()) {
            repeated.add("doi", problem(r, "doi", "doi '" + doi + "' is not a DOI (10.xxxx/…); not linked"), r.key(),
                    "papers have a doi that is not a DOI (10.xxxx/…), not linked");
            return null;
        }
        return d;
    }

    private String web(Raw r, String field, String value) {
        if (value == null) return null;
        String u = value.trim().replaceFirst("^\\\\url\\{(.*)\\}$", "$1").replace("\\_", "_").replace("\\%", "%").replace("\\#", "#").replace("\\&", "&");
        if (!Links.isWebUrl(u)) {
            repeated.add("web-" + field, problem(r, field, field + " '" + value + "' is not a web address (http:// or https://); not linked"),
                    r.key(), "papers have a " + field + " that is not a web address (http:// or https://), not linked");
            return null;
        }
        return u;
    }

    private Integer priority(Raw r, String field) {
        if (field == null) return null;
        try {
            return Integer.parseInt(field.trim());
        } catch (NumberFormatException e) {
            warn(r, "priority", "priority '" + field + "' is not a whole number; ignored");
            return null;
        }
    }
}
