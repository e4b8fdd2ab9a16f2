package dev.vita.importer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link YamlMap} as block-style YAML with its comments. Text is written plain when YAML
 * cannot read it as anything else, and double-quoted (JSON escapes, which YAML shares) otherwise.
 */
final class YamlWriter {
    /** Starts with a letter, holds no ": " or " #", no control characters, no trailing space. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][^\\p{Cntrl}\"]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Set<String> WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

    private YamlWriter() {}

    static String write(List<String> header, YamlMap root) {
        StringBuilder out = new StringBuilder();
        for (String h : header) out.append(h.isEmpty() ? "#" : "# " + h).append('\n');
        out.append('\n');
        boolean first = true;
        boolean blockBefore = false;
        for (var e : root.values().entrySet()) {
            boolean block = !(e.getValue() instanceof String);
            if (!first && (block || blockBefore)) out.append('\n');
            first = false;
            blockBefore = block;
            entry(out, root, e.getKey(), e.getValue(), 0);
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, YamlMap owner, String key, Object value, int indent) {
        for (String c : owner.comments(key)) out.append(" ".repeat(indent)).append("# ").append(c).append('\n');
        out.append(" ".repeat(indent)).append(scalar(key)).append(':');
        value(out, value, indent);
    }

    /** Writes what follows "key:" or "- ", ending the line. */
    private static void value(StringBuilder out, Object value, int indent) {
        if (value instanceof YamlMap m) {
            out.append('\n');
            for (var e : m.values().entrySet()) entry(out, m, e.getKey(), e.getValue(), indent + 2);
        } else if (value instanceof List<?> l) {
            out.append('\n');
            for (Object item : l) {
                out.append(" ".repeat(indent + 2)).append('-');
                if (item instanceof YamlMap m) {
                    boolean first = true;
                    for (var e : m.values().entrySet()) {
                        if (first) {
                            // the first key sits on the dash's line; its comments go above the dash
                            int at = out.length() - 1;
                            StringBuilder c = new StringBuilder();
                            for (String line : m.comments(e.getKey())) c.append(" ".repeat(indent + 2)).append("# ").append(line).append('\n');
                            out.insert(at - (indent + 2), c);
                            out.append(' ').append(scalar(e.getKey())).append(':');
                            value(out, e.getValue(), indent + 4);
                            first = false;
                        } else {
                            entry(out, m, e.getKey(), e.getValue(), indent + 4);
                        }
                    }
                } else {
                    value(out, item, indent + 2);
                }
            }
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(' ').append(value).append('\n');
        } else {
            out.append(' ').append(scalar(String.valueOf(value))).append('\n');
        }
    }

    /** Plain when unambiguous, else a double-quoted string. */
    static String scalar(String s) {
        if (plain(s)) return s;
        StringBuilder q = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\t' -> q.append("\\t");
                case '\r' -> q.append("\\r");
                default -> {
                    if (!printable(cp) || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                        if (cp > 0xFFFF) q.append(String.format("\\U%08x", cp));
                        else q.append(String.format("\\u%04x", cp));
                    }
                    else q.appendCodePoint(cp);
                }
            }
        });
        return q.append('"').toString();
    }

    /** The characters YAML lets a file hold as they are (YAML 1.1, 5.1), less the line breaks NEL, LS and PS. */
    private static boolean printable(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0x7E || cp == 0x85 || cp >= 0xA0 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    private static boolean plain(String s) {
        if (DATE.matcher(s).matches()) return true;
        if (!s.codePoints().allMatch(cp -> printable(cp) && cp != 0x85 && cp != 0x2028 && cp != 0x2029 && cp >= 0x20)) return false;
        if (!PLAIN.matcher(s).matches() || WORDS.contains(s.toLowerCase(Locale.ROOT))) return false;
        return !s.contains(": ") && !s.contains(" #") && !s.endsWith(":") && !s.endsWith(" ") && s.equals(s.strip());
    }
}
