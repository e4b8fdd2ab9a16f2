package dev.vita.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands the macros a profile defines under {@code publications: macros:} in raw BibTeX values,
 * before names are split and fields decoded, so {@code {\zhouj}} becomes a real author ("J. Zhou")
 * whom the own-name match can recognise. {@code #1} in a replacement is the macro's one argument;
 * a group holding nothing but the macro ({@code {\zhouj}}) is replaced whole, braces included.
 */
final class UserMacros {
    /** Expansions nest (a macro may use another); past this depth a loop is assumed and expansion stops. */
    static final int MAX_DEPTH = 10;

    private final Map<String, String> macros;

    UserMacros(Map<String, String> macros) {
        this.macros = macros;
    }

    /** True when no macro is defined, so values pass unchanged. */
    boolean isEmpty() {
        return macros.isEmpty();
    }

    /** The value with every defined macro expanded; null stays null. */
    String expand(String value) {
        if (value == null || macros.isEmpty() || value.indexOf('\\') < 0) return value;
        String cur = value;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            String next = once(cur);
            if (next.equals(cur)) return next;
            cur = next;
        }
        return cur;
    }

    private String once(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1))) {
                int end = i + 1;
                while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
                String name = s.substring(i + 1, end);
                String replacement = macros.get(name);
                if (replacement == null) {
                    out.append(s, i, end);
                    i = end;
                    continue;
                }
                int after = end;
                String arg = "";
                if (replacement.contains("#1")) {
                    int j = skipSpaces(s, end);
                    int[] group = group(s, j);
                    if (group != null) {
                        arg = s.substring(group[0] + 1, group[1] - 1);
                        after = group[1];
                    } else if (j < s.length()) {
                        arg = s.substring(j, j + 1);
                        after = j + 1;
                    }
                }
                String text = replacement.replace("#1", arg);
                // {\zhouj} as a whole name: the braces go with the macro, so "J. Zhou" splits into given and family
                if (out.length() > 0 && out.charAt(out.length() - 1) == '{' && after < s.length() && s.charAt(after) == '}'
                        && (out.length() < 2 || out.charAt(out.length() - 2) != '\\')) {
                    out.setLength(out.length() - 1);
                    after++;
                }
                out.append(text);
                i = after;
                continue;
            }
            if (c == '\\' && i + 1 < s.length()) {
                out.append(c).append(s.charAt(i + 1));
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    /** {start, end} of a braced group starting at i (end past its closing brace), or null. */
    private static int[] group(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '{') return null;
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
                continue;
            }
            if (c == '{') depth++;
            if (c == '}' && --depth == 0) return new int[] {i, k + 1};
        }
        return null;
    }

    /** The names of macros used in a value that no table knows (for messages); in order, once each. */
    static List<String> commandsIn(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) return out;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\([A-Za-z]+)").matcher(value);
        while (m.find()) {
            if (!out.contains(m.group(1))) out.add(m.group(1));
        }
        return out;
    }
}
