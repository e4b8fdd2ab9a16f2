package dev.vita.load;

import dev.vita.model.Author;
import dev.vita.model.Publication;
import dev.vita.model.Role;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.ParseException;
import org.jbibtex.Value;

/** Reads BibTeX files into publications, decoding only the printed fields from LaTeX to Unicode. */
public final class BibReader {
    private final NameMatcher self;
    private final Warnings warnings;

    public BibReader(NameMatcher self, Warnings warnings) {
        this.self = self;
        this.warnings = warnings;
    }

    /** Reads every entry of one file, in file order. */
    public List<Publication> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file, "bibliography file not found");
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
        BibTeXDatabase db;
        try {
            db = new BibTeXParser().parse(new StringReader(text));
        } catch (ParseException | org.jbibtex.TokenMgrException e) {
            throw new UserError(file, "malformed BibTeX: " + e.getMessage().lines().findFirst().orElse(""));
        }
        LatexText latex = new LatexText(file, warnings);
        List<Publication> out = new ArrayList<>();
        for (BibTeXEntry e : db.getEntries().values()) {
            out.add(toPublication(file, e, latex));
        }
        return out;
    }

    private Publication toPublication(Path file, BibTeXEntry e, LatexText latex) {
        Map<String, String> f = new HashMap<>();
        e.getFields().forEach((k, v) -> f.put(k.getValue().toLowerCase(Locale.ROOT), raw(v)));
        String key = e.getKey().getValue();
        List<Author> authors = authors(latex, f.get("author"), f.get("author+an"));
        if (!authors.isEmpty() && authors.stream().noneMatch(Author::self)) {
            warnings.add(Problem.of(file, key + ": none of the authors matches " + self.describe() + "; a typo?"));
        }
        String type = e.getType().getValue().toLowerCase(Locale.ROOT);
        String venue = first(f, "journal", "booktitle", "howpublished", "school", "institution", "publisher");
        return new Publication(
                key,
                type,
                kind(type, f.getOrDefault("keywords", "")),
                latex.decode(f.get("title")),
                authors,
                latex.decode(venue),
                f.get("year"),
                f.get("month"),
                f.get("doi"),
                f.get("url"),
                latex.decode(f.get("note")),
                latex.decode(f.get("abstract")),
                f.getOrDefault("keywords", "").toLowerCase(Locale.ROOT).contains("selected"),
                List.of(),
                null);
    }

    private static String raw(Value v) {
        return v.toUserString();
    }

    private static String first(Map<String, String> f, String... names) {
        for (String n : names) {
            if (f.get(n) != null && !f.get(n).isBlank()) return f.get(n);
        }
        return null;
    }

    /** The badge: a keyword (workshop, preprint…) wins over the entry type. */
    static String kind(String type, String keywords) {
        String kw = keywords.toLowerCase(Locale.ROOT);
        for (String k : List.of("workshop", "preprint", "thesis", "journal", "conference", "book", "patent")) {
            if (kw.contains(k)) return capitalize(k);
        }
        return switch (type) {
            case "article" -> "Journal";
            case "inproceedings", "conference" -> "Conference";
            case "phdthesis", "mastersthesis", "thesis" -> "Thesis";
            case "book", "incollection", "inbook" -> "Book";
            case "techreport", "report" -> "Report";
            case "unpublished", "misc", "online" -> "Preprint";
            default -> capitalize(type);
        };
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private List<Author> authors(LatexText latex, String field, String annotation) {
        if (field == null || field.isBlank()) return List.of();
        Map<Integer, Set<Role>> roles = annotations(annotation);
        List<Author> out = new ArrayList<>();
        int i = 1;
        for (String[] name : Names.split(field)) {
            String given = latex.decode(name[0]);
            String family = latex.decode(name[1]);
            out.add(new Author(given, family, roles.getOrDefault(i, Set.of()), self.matches(given, family)));
            i++;
        }
        return out;
    }

    /** Parses biblatex's {@code author+an = {1=equal; 2=equal,corresponding}}. */
    static Map<Integer, Set<Role>> annotations(String field) {
        Map<Integer, Set<Role>> out = new HashMap<>();
        if (field == null) return out;
        for (String item : field.split(";")) {
            String[] kv = item.split("=", 2);
            if (kv.length != 2) continue;
            int index;
            try {
                index = Integer.parseInt(kv[0].trim().split(":")[0]);
            } catch (NumberFormatException e) {
                continue;
            }
            for (String word : kv[1].split(",")) {
                Role r = Role.ofKey(word.replace("\"", ""));
                if (r != null) out.computeIfAbsent(index, k -> EnumSet.noneOf(Role.class)).add(r);
            }
        }
        return out;
    }
}
