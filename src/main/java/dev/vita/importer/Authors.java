package dev.vita.importer;

import dev.vita.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Author lists as CV files write them, with markup on names: {@code **Name**} is the CV's own
 * person (its spelling becomes an alias when it differs from the profile's name); a trailing
 * symbol is a role ({@code *} equal contribution, {@code †} corresponding, {@code ‡} co-senior,
 * {@code §} student) carried as biblatex's {@code author+an}; markup whose meaning is not clear
 * (italics, underlines) is taken off the name and reported. Names keep the source's spelling.
 */
final class Authors {
    /** A name wrapped in markup, then what follows it (role markers): groups 1-4 bold, 5-8 other markup, 9 the rest. */
    private static final Pattern WRAP = Pattern.compile("(?:\\*\\*\\*(.+?)\\*\\*\\*|\\*\\*(.+?)\\*\\*|__(.+?)__|#strong\\[(.+?)]"
            + "|\\*([^*].*?)\\*|_([^_].*?)_|<u>(.+?)</u>|#(?:underline|emph|highlight|text\\([^)]*\\))\\[(.+?)])(.*)");
    private static final Pattern ROLE = Pattern.compile("(?:\\s*(?:\\$\\^\\{?|\\^|#super\\[|\\\\textsuperscript\\{)?(\\\\\\*|\\*|†|‡|§|\\\\dag|\\\\ddag)(?:\\}?\\$|]|\\})?)$");

    private Authors() {}

    /** The BibTeX author field, the author+an annotation (or null), and the first author's family name. */
    record Parsed(String bibtex, String annotation, String firstFamily) {}

    static Parsed parse(List<String> names, Draft d, String path) {
        List<String> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String first = null;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip();
            String where = path + "[" + (i + 1) + "]";
            if (n.matches("(?i)(et al\\.?|\\.\\.\\.|…|others)")) {
                out.add("others");
                continue;
            }
            boolean self = false;
            Matcher w = WRAP.matcher(n);
            if (w.matches()) {
                int g = 1;
                while (w.group(g) == null) g++;
                String inner = w.group(g).strip();
                self = g <= 4;
                if (!self) d.report.note(where, "markup on '" + inner + "' has no clear meaning (student? presenter?); kept as a plain name");
                n = inner + w.group(9);
            }
            Set<Role> roles = new LinkedHashSet<>();
            Matcher r;
            while ((r = ROLE.matcher(n)).find() && r.start() > 0) {
                roles.add(role(r.group(1)));
                n = n.substring(0, r.start()).strip();
            }
            if (self) selfName(d, n, where);
            if (!roles.isEmpty()) {
                List<String> keys = roles.stream().map(Role::key).toList();
                notes.add((out.size() + 1) + "=" + String.join(",", keys));
                d.report.note(where, "role marker on '" + n + "' carried as " + String.join(", ", keys));
            }
            if (first == null) first = family(n);
            out.add(BibBuilder.escape(n));
        }
        return new Parsed(out.isEmpty() ? null : String.join(" and ", out), notes.isEmpty() ? null : String.join("; ", notes), first);
    }

    private static Role role(String symbol) {
        return switch (symbol) {
            case "†", "\\dag" -> Role.CORRESPONDING;
            case "‡", "\\ddag" -> Role.CO_SENIOR;
            case "§" -> Role.STUDENT;
            default -> Role.EQUAL;
        };
    }

    /** The person's own name as an author list spells it: an alias when it is not the profile's name. */
    private static void selfName(Draft d, String name, String where) {
        Object own = d.root.get("name");
        if (own != null && own.toString().equalsIgnoreCase(name)) return;
        List<Object> aliases = d.root.list("aliases");
        if (!aliases.contains(name)) {
            aliases.add(name);
            if (aliases.size() == 1) d.root.comment("aliases", "how papers spell your name; set in bold in author lists");
            d.report.note(where, "'" + name + "' (in bold) is you: added to aliases");
        }
    }

    /** The family name of "Given Family" or "Family, Given". */
    static String family(String name) {
        if (name.contains(",")) return name.substring(0, name.indexOf(',')).strip();
        String[] words = name.strip().split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }
}
