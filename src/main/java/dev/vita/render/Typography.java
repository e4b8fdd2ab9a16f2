package dev.vita.render;

import java.util.regex.Pattern;

/**
 * The typographer's details applied to user text where it is rendered (the HTML and LaTeX output
 * formats), so every route prints the same: typographer's apostrophes and quotes (Zoom's →
 * Zoom’s, "fast" → “fast”), a number kept with its unit (0.9&nbsp;B, 3&nbsp;ms) and no single
 * short word alone on the last line of a longer text. A pure function of the text: sources and
 * exports (the .bib) keep what the user wrote. Addresses (URLs, e-mail) are left as they are.
 */
public final class Typography {
    private static final char NBSP = '\u00A0';
    /** A web or mail address: no spaces, a scheme or an @. */
    private static final Pattern ADDRESS = Pattern.compile("(?:[A-Za-z][A-Za-z0-9+.-]*:|[^\\s@]+@)\\S*");
    /** Units and magnitudes that read as part of the number before them. */
    private static final Pattern UNIT = Pattern.compile(
            "(?<=\\d) (?=(?:[KMGTP]i?B|[kKMBT]|bn|ms|µs|ns|s|min|h|x|×|%|GHz|MHz|Hz|kW|W|GPUs?|TPUs?|TFLOPS|FLOPS|"
                    + "tokens?|params|parameters|pp|pt|mm|cm|km|kg|USD|EUR)(?![\\p{L}\\p{N}]))");
    /** The last space of a text, when the word after it is short. */
    private static final Pattern LAST_SPACE = Pattern.compile(" (?=[^ ]{1,10}$)");
    /** Shorter texts are labels, not paragraphs or titles: they rarely wrap, and may break anywhere. */
    private static final int MIN_WORDS_FOR_WIDOW = 6;
    private static final int MIN_LENGTH_FOR_WIDOW = 40;

    private Typography() {}

    /** The text with typographer's quotes, units kept with numbers and no short last word alone. */
    public static String apply(String s) {
        if (s == null || s.isEmpty() || ADDRESS.matcher(s).matches()) return s;
        String t = s;
        if (t.indexOf('\'') >= 0 || t.indexOf('"') >= 0) t = quotes(t);
        if (t.indexOf(' ') >= 0) {
            t = UNIT.matcher(t).replaceAll(String.valueOf(NBSP));
            if (t.length() >= MIN_LENGTH_FOR_WIDOW && t.strip().split("[ \u00A0]+").length >= MIN_WORDS_FOR_WIDOW && !t.endsWith(" ")) {
                t = LAST_SPACE.matcher(t).replaceFirst(String.valueOf(NBSP));
            }
        }
        return t;
    }

    /** Straight quotes to curly ones: an apostrophe inside or after a word closes, one after a space opens. */
    static String quotes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\'' && c != '"') {
                out.append(c);
                continue;
            }
            char before = i == 0 ? ' ' : s.charAt(i - 1);
            boolean opens = Character.isWhitespace(before) || "([{\u2014\u2013-/\u201C\u2018".indexOf(before) >= 0;
            if (c == '\'') {
                // '90s: an apostrophe for left-out digits is a closing quote even after a space
                boolean elision = opens && i + 2 < s.length() && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2));
                out.append(opens && !elision ? '\u2018' : '\u2019');
            } else {
                out.append(opens ? '\u201C' : '\u201D');
            }
        }
        return out.toString();
    }
}
