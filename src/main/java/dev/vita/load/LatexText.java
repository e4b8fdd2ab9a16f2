package dev.vita.load;

import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Decodes the LaTeX in printed BibTeX fields to plain Unicode text. */
final class LatexText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"),
            Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("texttimes", "×"), Map.entry("textasciitilde", "~"), Map.entry("times", "×"), Map.entry("textendash", "–"),
            Map.entry("textemdash", "—"), Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"),
            Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("i", "ı"), Map.entry("dag", "†"),
            Map.entry("ddag", "‡"), Map.entry("textquoteright", "’"), Map.entry("ldots", "…"),
            Map.entry("dots", "…"), Map.entry("textregistered", "®"), Map.entry("copyright", "©"));
    private static final Map<Character, Character> ACCENTS = Map.of(
            '\'', '\u0301', '`', '\u0300', '^', '\u0302', '"', '\u0308', '~', '\u0303',
            'c', '\u0327', 'v', '\u030C', '=', '\u0304', 'u', '\u0306', 'H', '\u030B');
    private static final Set<String> STYLE = Set.of("emph", "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "mbox", "url", "text");

    private final Path file;
    private final Warnings warnings;
    private final Set<String> warned = new HashSet<>();

    LatexText(Path file, Warnings warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    String decode(String s) {
        if (s == null) return null;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i = command(s, i + 1, out);
            } else if (c == '{' || c == '}' || c == '$') {
                i++;
            } else if (c == '~') {
                out.append('\u00A0');
                i++;
            } else if (s.startsWith("---", i)) {
                out.append('—');
                i += 3;
            } else if (s.startsWith("--", i)) {
                out.append('–');
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') out.append(' ');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return java.text.Normalizer.normalize(out.toString().trim(), java.text.Normalizer.Form.NFC);
    }

    private int command(String s, int i, StringBuilder out) {
        char c = s.charAt(i);
        if (!Character.isLetter(c)) {
            Character accent = ACCENTS.get(c);
            if (accent != null && c != 'c' && c != 'v' && c != 'u' && c != 'H') {
                return accented(s, i + 1, accent, out);
            }
            String sym = SYMBOLS.get(String.valueOf(c));
            out.append(sym != null ? sym : String.valueOf(c));
            return i + 1;
        }
        int end = i;
        while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
        String name = s.substring(i, end);
        int next = end;
        while (next < s.length() && s.charAt(next) == ' ') next++;
        if (name.length() == 1 && ACCENTS.containsKey(name.charAt(0)) && next < s.length()) {
            return accented(s, next, ACCENTS.get(name.charAt(0)), out);
        }
        String sym = SYMBOLS.get(name);
        if (sym != null) {
            out.append(sym);
            if (next < s.length() && s.startsWith("{}", next)) next += 2;
            return next;
        }
        if (!STYLE.contains(name) && warned.add(name)) {
            warnings.add(Problem.of(file, "unknown LaTeX command \\" + name + ": printing its argument"));
        }
        return next;
    }

    private static int accented(String s, int i, char accent, StringBuilder out) {
        if (i >= s.length()) return i;
        String base;
        int next;
        if (s.charAt(i) == '{') {
            int close = s.indexOf('}', i);
            if (close < 0) return i + 1;
            base = s.substring(i + 1, close);
            next = close + 1;
        } else if (s.charAt(i) == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'i') {
            base = "i";
            next = i + 2;
        } else {
            base = s.substring(i, i + 1);
            next = i + 1;
        }
        base = base.replace("\\i", "i").replace("\\j", "j");
        if (base.isEmpty()) return next;
        out.append(base.charAt(0)).append(accent).append(base.substring(1));
        return next;
    }
}
