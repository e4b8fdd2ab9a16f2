package dev.vita.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RenderCV's markup inside strings, as profile.yaml's inline Markdown says it: Markdown stays
 * ({@code **bold**}, {@code *italic*}, {@code [text](url)}); the Typst commands RenderCV 2 passes
 * through become Markdown ({@code #strong}, {@code #emph}, {@code #link}) or their text (underline,
 * small caps, colour: Vita has no such markup, reported); {@code bold_keywords} are set in bold.
 */
final class Markup {
    private static final Pattern LINK = Pattern.compile("#link\\(\"([^\"]*)\"\\)(?:\\[([^\\]]*)])?");
    private static final Pattern COMMAND = Pattern.compile("#([A-Za-z][A-Za-z0-9.]*)(\\([^)]*\\))?(?:\\[([^\\]]*)])?");
    private static final Pattern MATH = Pattern.compile("\\$\\$(.*?)\\$\\$");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");

    private final List<String> boldKeywords;
    private final Set<String> dropped = new LinkedHashSet<>();

    Markup(List<String> boldKeywords) {
        List<String> k = new ArrayList<>(boldKeywords);
        k.sort(Comparator.comparingInt(String::length).reversed());
        this.boldKeywords = k;
    }

    /** Typst commands that Vita prints as their text only, by name, for the report. */
    Set<String> dropped() {
        return dropped;
    }

    /** A free-text field (summary, highlight, title): Markdown kept, Typst turned into Markdown. */
    String free(String s) {
        if (s == null) return null;
        String t = typst(s);
        for (String k : boldKeywords) {
            if (k.isBlank()) continue;
            t = t.replaceAll("(?<!\\*\\*)" + Pattern.quote(k) + "(?!\\*\\*)", Matcher.quoteReplacement("**" + k + "**"));
        }
        return t.strip();
    }

    /** A name-like field (organization, role, location): every markup taken off, its text kept. */
    String plain(String s) {
        if (s == null) return null;
        String t = typst(s);
        t = MD_LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        t = t.replaceAll("\\*\\*(.+?)\\*\\*", "$1").replaceAll("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])", "$1");
        return t.strip();
    }

    private String typst(String s) {
        if (!s.contains("#") && !s.contains("$$")) return s;
        String t = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) == null ? m.group(1) : "[" + m.group(2) + "](" + m.group(1) + ")"));
        t = MATH.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        Matcher m = COMMAND.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String body = m.group(3);
            String repl = switch (name) {
                case "strong" -> body == null ? "" : "**" + body + "**";
                case "emph" -> body == null ? "" : "*" + body + "*";
                case "h", "v", "linebreak", "parbreak" -> " ";
                default -> {
                    dropped.add("#" + name);
                    yield body == null ? "" : body;
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(repl));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]{2,}", " ");
    }
}
