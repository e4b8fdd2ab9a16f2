package dev.vita.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the role markers people type into author names ({@code Cao*}, {@code Cao$^*$},
 * {@code Cao\textsuperscript{*}}, {@code $^\dagger$}, {@code \dag}, {@code †}, {@code ‡}) and
 * takes them out, so the name is clean and the roles can travel as {@code author+an}.
 */
final class Markers {
    private static final Pattern CARET = Pattern.compile("(?<!\\\\)\\^");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACE_COMMA = Pattern.compile("\\s+,");
    /** A name without its markers, and the marker symbols found, canonical (*, †, ‡, §, ¶, ⋆, #). */
    record Found(String name, List<String> symbols) {}

    private static final Pattern MATH = Pattern.compile("\\$([^$]*)\\$|\\\\\\((.*?)\\\\\\)");
    private static final Pattern SUPERSCRIPT = Pattern.compile("\\\\textsuperscript\\s*\\{((?:[^{}]|\\{[^{}]*\\})*)\\}");
    private static final Pattern COMMAND = Pattern.compile("\\\\(textdaggerdbl|textdagger|ddagger|dagger|ddag|dag|textsection|textparagraph|textasteriskcentered|ast|star|S|P)(?![A-Za-z])(\\{\\})?");
    private static final Pattern TOKEN = Pattern.compile("\\\\[A-Za-z]+|\\\\.|.", Pattern.DOTALL);

    private Markers() {}

    /** Takes every marker out of one raw name; {@code extra} are the profile's own symbols. */
    static Found extract(String name, List<String> extra) {
        List<String> found = new ArrayList<>();
        String s = replace(name, MATH, m -> group(m.group(1) != null ? m.group(1) : m.group(2), found));
        s = replace(s, SUPERSCRIPT, m -> group(m.group(1), found));
        s = replace(s, COMMAND, m -> {
            found.add(canonical("\\" + m.group(1)));
            return "";
        });
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            boolean escaped = i > 0 && s.charAt(i - 1) == '\\';
            String canon = escaped ? null : canonical(ch);
            if (canon != null && !canon.equals("#")) {
                found.add(canon);
            } else if (!escaped && extra.contains(ch) && !Character.isLetterOrDigit(cp)) {
                found.add(ch);
            } else {
                out.append(ch);
            }
            i += Character.charCount(cp);
        }
        String clean = SPACE_COMMA.matcher(SPACES.matcher(CARET.matcher(out.toString().replace("{}", "")).replaceAll("")).replaceAll(" ")).replaceAll(",").trim();
        return new Found(clean, List.copyOf(found));
    }

    /** A math group or superscript: markers when it holds nothing but markers, digits and commas (affiliations). */
    private static String group(String content, List<String> found) {
        List<String> symbols = new ArrayList<>();
        Matcher t = TOKEN.matcher(content);
        while (t.find()) {
            String tok = t.group();
            if (tok.isBlank() || tok.equals("^") || tok.equals("{") || tok.equals("}") || tok.equals(",") || (tok.length() == 1 && Character.isDigit(tok.charAt(0)))) continue;
            String c = canonical(tok);
            if (c == null) return null; // real math: leave it
            symbols.add(c);
        }
        found.addAll(symbols);
        return "";
    }

    /** The canonical symbol a marker token stands for, or null when it is not a marker. */
    static String canonical(String token) {
        return switch (token) {
            case "*", "\\ast", "∗", "\\textasteriskcentered" -> "*";
            case "†", "\\dagger", "\\dag", "\\textdagger" -> "†";
            case "‡", "\\ddagger", "\\ddag", "\\textdaggerdbl" -> "‡";
            case "§", "\\S", "\\textsection" -> "§";
            case "¶", "\\P", "\\textparagraph" -> "¶";
            case "⋆", "\\star" -> "⋆";
            case "\\#", "#" -> "#";
            default -> null;
        };
    }

    private static String replace(String s, Pattern p, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String r = f.apply(m);
            m.appendReplacement(sb, Matcher.quoteReplacement(r == null ? m.group() : r));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
