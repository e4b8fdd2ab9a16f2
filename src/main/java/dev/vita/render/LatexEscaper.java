package dev.vita.render;

import java.text.Normalizer;
import java.util.Map;

/**
 * Turns any text into LaTeX that prints it literally on pdfLaTeX, XeLaTeX and LuaLaTeX alike:
 * TeX's special characters become commands, and non-ASCII characters become the standard text
 * commands of the T1/TS1 encodings, so the source is plain ASCII and needs no engine-specific
 * input handling. A character no command covers becomes {@code \vitachar{U+XXXX}{c}}, which the
 * preamble prints as "?" with a warning naming it.
 */
public final class LatexEscaper {
    private LatexEscaper() {}

    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) '\\', "\\textbackslash{}"), Map.entry((int) '{', "\\{"), Map.entry((int) '}', "\\}"),
            Map.entry((int) '$', "\\$"), Map.entry((int) '&', "\\&"), Map.entry((int) '#', "\\#"),
            Map.entry((int) '^', "\\textasciicircum{}"), Map.entry((int) '_', "\\_"),
            Map.entry((int) '~', "\\textasciitilde{}"), Map.entry((int) '%', "\\%"),
            Map.entry((int) '<', "\\textless{}"), Map.entry((int) '>', "\\textgreater{}"),
            Map.entry((int) '|', "\\textbar{}"), Map.entry((int) '"', "\\textquotedbl{}"),
            Map.entry((int) '`', "\\`{}"), Map.entry((int) '[', "{[}"), Map.entry((int) ']', "{]}"));

    private static final Map<Integer, String> NAMED = Map.<Integer, String>ofEntries(
            Map.entry(0x00A0, "~"), Map.entry(0x00A1, "\\textexclamdown{}"), Map.entry(0x00A2, "\\textcent{}"),
            Map.entry(0x00A3, "\\pounds{}"), Map.entry(0x00A5, "\\textyen{}"), Map.entry(0x00A7, "\\S{}"),
            Map.entry(0x00A9, "\\textcopyright{}"), Map.entry(0x00AA, "\\textordfeminine{}"),
            Map.entry(0x00AB, "\\guillemotleft{}"), Map.entry(0x00AC, "\\textlnot{}"), Map.entry(0x00AD, "\\-"),
            Map.entry(0x00AE, "\\textregistered{}"), Map.entry(0x00B0, "\\textdegree{}"),
            Map.entry(0x00B1, "\\textpm{}"), Map.entry(0x00B2, "\\texttwosuperior{}"),
            Map.entry(0x00B3, "\\textthreesuperior{}"), Map.entry(0x00B5, "\\textmu{}"), Map.entry(0x00B6, "\\P{}"),
            Map.entry(0x00B7, "\\textperiodcentered{}"), Map.entry(0x00B9, "\\textonesuperior{}"),
            Map.entry(0x00BA, "\\textordmasculine{}"), Map.entry(0x00BB, "\\guillemotright{}"),
            Map.entry(0x00BC, "\\textonequarter{}"), Map.entry(0x00BD, "\\textonehalf{}"),
            Map.entry(0x00BE, "\\textthreequarters{}"), Map.entry(0x00BF, "\\textquestiondown{}"),
            Map.entry(0x00C6, "{\\AE}"), Map.entry(0x00D0, "{\\DH}"), Map.entry(0x00D7, "\\texttimes{}"),
            Map.entry(0x00D8, "{\\O}"), Map.entry(0x00DE, "{\\TH}"), Map.entry(0x00DF, "{\\ss}"),
            Map.entry(0x00E6, "{\\ae}"), Map.entry(0x00F0, "{\\dh}"), Map.entry(0x00F7, "\\textdiv{}"),
            Map.entry(0x00F8, "{\\o}"), Map.entry(0x00FE, "{\\th}"), Map.entry(0x0110, "{\\DJ}"),
            Map.entry(0x0111, "{\\dj}"), Map.entry(0x0131, "{\\i}"), Map.entry(0x0141, "{\\L}"),
            Map.entry(0x0142, "{\\l}"), Map.entry(0x0152, "{\\OE}"), Map.entry(0x0153, "{\\oe}"),
            Map.entry(0x014A, "{\\NG}"), Map.entry(0x014B, "{\\ng}"), Map.entry(0x0237, "{\\j}"),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "\\textendash{}"),
            Map.entry(0x2013, "\\textendash{}"), Map.entry(0x2014, "\\textemdash{}"),
            Map.entry(0x2015, "\\textemdash{}"), Map.entry(0x2018, "\\textquoteleft{}"),
            Map.entry(0x2019, "\\textquoteright{}"), Map.entry(0x201A, "\\quotesinglbase{}"),
            Map.entry(0x201C, "\\textquotedblleft{}"), Map.entry(0x201D, "\\textquotedblright{}"),
            Map.entry(0x201E, "\\quotedblbase{}"), Map.entry(0x2020, "\\textdagger{}"),
            Map.entry(0x2021, "\\textdaggerdbl{}"), Map.entry(0x2022, "\\textbullet{}"),
            Map.entry(0x2026, "\\textellipsis{}"), Map.entry(0x2030, "\\textperthousand{}"),
            Map.entry(0x2032, "\\textprime{}"), Map.entry(0x2039, "\\guilsinglleft{}"),
            Map.entry(0x203A, "\\guilsinglright{}"), Map.entry(0x2009, "\\,"), Map.entry(0x202F, "\\,"),
            Map.entry(0x2002, "\\enspace{}"), Map.entry(0x2003, "\\quad{}"), Map.entry(0x2007, "\\enspace{}"),
            Map.entry(0x200B, ""), Map.entry(0x200C, ""), Map.entry(0x200D, ""), Map.entry(0x2060, ""),
            Map.entry(0xFEFF, ""), Map.entry(0x20AC, "\\texteuro{}"), Map.entry(0x2122, "\\texttrademark{}"),
            Map.entry(0x2190, "\\textleftarrow{}"), Map.entry(0x2191, "\\textuparrow{}"),
            Map.entry(0x2192, "\\textrightarrow{}"), Map.entry(0x2193, "\\textdownarrow{}"),
            Map.entry(0x2194, "\\textleftrightarrow{}"), Map.entry(0x21D2, "\\textRightarrow{}"),
            Map.entry(0x2212, "\\textminus{}"), Map.entry(0x2213, "\\textmp{}"),
            Map.entry(0x2217, "\\textast{}"), Map.entry(0x221A, "\\textsurd{}"),
            Map.entry(0x221E, "\\textinfty{}"), Map.entry(0x223C, "\\textsim{}"),
            Map.entry(0x2248, "\\textapprox{}"), Map.entry(0x2260, "\\textneq{}"),
            Map.entry(0x2264, "\\textleq{}"), Map.entry(0x2265, "\\textgeq{}"),
            Map.entry(0x2295, "\\textoplus{}"), Map.entry(0x2272, "\\textlesssim{}"), Map.entry(0x2273, "\\textgtrsim{}"),
            Map.entry(0x2299, "\\textodot{}"), Map.entry(0x2609, "\\textodot{}"), Map.entry(0x2033, "\\textdprime{}"), Map.entry(0x22C5, "\\ensuremath{\\cdot}"),
            Map.entry(0x25CF, "\\textbullet{}"));

    /** Greek letters as pdfLaTeX can print them without Greek fonts: math symbols (XeLaTeX and LuaLaTeX set real Greek). */
    private static final Map<Integer, String> GREEK_MATH = Map.<Integer, String>ofEntries(
            Map.entry(0x03B1, "\\ensuremath{\\alpha}"), Map.entry(0x03B2, "\\ensuremath{\\beta}"),
            Map.entry(0x03B3, "\\ensuremath{\\gamma}"), Map.entry(0x03B4, "\\ensuremath{\\delta}"),
            Map.entry(0x03B5, "\\ensuremath{\\varepsilon}"), Map.entry(0x03B8, "\\ensuremath{\\theta}"),
            Map.entry(0x03BB, "\\ensuremath{\\lambda}"), Map.entry(0x03BC, "\\ensuremath{\\mu}"),
            Map.entry(0x03C0, "\\ensuremath{\\pi}"), Map.entry(0x03C3, "\\ensuremath{\\sigma}"),
            Map.entry(0x03C4, "\\ensuremath{\\tau}"), Map.entry(0x03C6, "\\ensuremath{\\varphi}"),
            Map.entry(0x03C9, "\\ensuremath{\\omega}"), Map.entry(0x0394, "\\ensuremath{\\Delta}"),
            Map.entry(0x03A3, "\\ensuremath{\\Sigma}"), Map.entry(0x03A9, "\\ensuremath{\\Omega}"));

    /** Combining accents and the T1 accent commands that set them. */
    private static final Map<Integer, String> ACCENT = Map.ofEntries(
            Map.entry(0x0300, "\\`"), Map.entry(0x0301, "\\'"), Map.entry(0x0302, "\\^"), Map.entry(0x0303, "\\~"),
            Map.entry(0x0304, "\\="), Map.entry(0x0306, "\\u"), Map.entry(0x0307, "\\."), Map.entry(0x0308, "\\\""),
            Map.entry(0x030A, "\\r"), Map.entry(0x030B, "\\H"), Map.entry(0x030C, "\\v"), Map.entry(0x0323, "\\d"),
            Map.entry(0x0327, "\\c"), Map.entry(0x0328, "\\k"), Map.entry(0x0331, "\\b"));

    /** A token this long (a 300-letter word, a URL) may not fit a line: it gets places to break. */
    static final int LONG_TOKEN = 30;
    /** Characters between those places. */
    static final int BREAK_EVERY = 6;
    /**
     * A line break allowed as a last resort (a high penalty, no hyphen added), so a token wider
     * than its column breaks rather than running off the page; TeX still prefers its hyphenation.
     */
    static final String BREAK = "\\penalty5000\\hskip0pt\\relax{}";

    /** Where long tokens may break: every {@link #BREAK_EVERY} characters inside tokens of {@link #LONG_TOKEN} or more. */
    private static java.util.BitSet longTokenBreaks(String s) {
        java.util.BitSet breaks = new java.util.BitSet();
        int start = 0;
        while (start < s.length()) {
            // TeX already breaks after a hyphen: the parts between are the tokens that count
            while (start < s.length() && (Character.isWhitespace(s.charAt(start)) || s.charAt(start) == '-')) start++;
            int end = start;
            int count = 0;
            while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '-') {
                end += Character.charCount(s.codePointAt(end));
                count++;
            }
            if (count >= LONG_TOKEN) {
                int n = 0;
                for (int k = start; k < end; k += Character.charCount(s.codePointAt(k))) {
                    // never before a combining mark: it belongs to the letter before it
                    if (n > 0 && n % BREAK_EVERY == 0 && count - n >= 3 && !ACCENT.containsKey(s.codePointAt(k))) breaks.set(k);
                    n++;
                }
            }
            start = end;
        }
        return breaks;
    }

    /**
     * The LaTeX source that prints {@code text} literally. Text of another script than Latin is
     * written as itself inside {@code \\vitatext{script}{text}{fallback}}: XeLaTeX and LuaLaTeX set
     * it in the font the preamble names for that script, pdfLaTeX prints the fallback (math Greek,
     * or "?" with a warning). Right-to-left text is grouped by the Unicode bidi algorithm, the field
     * isolated as a paragraph of its own, into {@code \\vitaRL{...}} and {@code \\vitaLR{...}}.
     */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length() + 16);
        String s = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (Scripts.needsBidi(s)) {
            bidi(s, out);
        } else {
            plain(s, out);
        }
        return out.toString();
    }

    /**
     * The script whose font sets this character in XeLaTeX and LuaLaTeX, or null when the T1
     * commands print it (ASCII, accented Latin, the named symbols) or it takes no glyph.
     */
    public static String ownFont(int cp) {
        if (cp < 0x80 || NAMED.containsKey(cp)) return null;
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) return null;
        // T1 has Latin-1's accented letters as glyphs of their own; later ones (Vietnamese ọ, ỹ) it builds
        // from accents, which copy out of the PDF as two characters: XeLaTeX and LuaLaTeX set them whole
        if (accented(cp, new StringBuilder())) return cp >= 0x180 ? "latin" : null;
        return Scripts.of(cp);
    }

    private static void bidi(String s, StringBuilder out) {
        java.text.Bidi b = new java.text.Bidi(s, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int[] levels = new int[s.length()];
        for (int i = 0; i < s.length(); i++) levels[i] = b.getLevelAt(i);
        nest(s, levels, 0, s.length(), 0, out);
    }

    /** Writes s[from, to), whose levels are all at least {@code level}; deeper runs are wrapped by direction. */
    private static void nest(String s, int[] levels, int from, int to, int level, StringBuilder out) {
        int i = from;
        while (i < to) {
            int j = i;
            if (levels[i] == level) {
                while (j < to && levels[j] == level) j++;
                plain(s.substring(i, j), out);
            } else {
                while (j < to && levels[j] > level) j++;
                out.append((level + 1) % 2 == 1 ? "\\vitaRL{" : "\\vitaLR{");
                nest(s, levels, i, j, level + 1, out);
                out.append('}');
            }
            i = j;
        }
    }

    private static void plain(String s, StringBuilder out) {
        java.util.BitSet breaks = longTokenBreaks(s);
        int i = 0;
        while (i < s.length()) {
            if (breaks.get(i)) out.append(BREAK);
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            // a letter NFC could not compose with its accents (q́): set the accents with T1 commands
            int marks = i;
            while (marks < s.length() && ACCENT.containsKey(s.codePointAt(marks))) marks += Character.charCount(s.codePointAt(marks));
            String script;
            if (marks > i && cp < 0x80 && Character.isLetter(cp)) {
                out.append(accents(cp, s.substring(i, marks)));
                i = marks;
            } else if (cp < 0x80) {
                ascii(cp, s, i, out);
            } else if (NAMED.containsKey(cp)) {
                out.append(NAMED.get(cp));
                // two quotation marks in a row stay two: LuaTeX would ligature them into one double mark
                if ((cp == 0x2018 || cp == 0x2019) && i < s.length() && s.codePointAt(i) == cp) out.append("\\textcompwordmark{}");
            } else if (SCRIPTS.indexOf(cp) >= 0) {
                // 10⁹ M₀ from decoded math: the digit raised or lowered, as TeX sets it
                int k = SCRIPTS.indexOf(cp);
                out.append(k < 12 ? "\\textsuperscript{" : "\\textsubscript{").append("0123456789+-".charAt(k % 12)).append('}');
            } else if (Scripts.directionControl(cp)) {
                // its effect is in the \\vitaRL/\\vitaLR grouping; the mark itself prints nothing
            } else if ((script = ownFont(cp)) != null) {
                i = run(s, i - Character.charCount(cp), script, out);
            } else if (!accented(cp, out)) {
                unknown(cp, out);
            }
        }
    }

    /**
     * Writes the run of one script that starts at {@code start} (with the spaces, marks and joiners
     * between its letters) as {@code \\vitatext}; returns where the run ends.
     */
    private static int run(String s, int start, String script, StringBuilder out) {
        int end = start;
        int j = start;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            int next = j + Character.charCount(c);
            int type = Character.getType(c);
            if (script.equals(ownFont(c)) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || c == 0x200C || c == 0x200D || (c >= 0xFE00 && c <= 0xFE0F)) {
                j = next;
                end = j;
            } else if (c == ' ' && next < s.length() && script.equals(ownFont(s.codePointAt(next)))) {
                j = next;
            } else {
                break;
            }
        }
        String text = s.substring(start, end);
        boolean breakable = script.equals("han") || script.equals("kana");
        StringBuilder raw = new StringBuilder();
        StringBuilder fallback = new StringBuilder();
        for (int k = 0; k < text.length(); ) {
            int c = text.codePointAt(k);
            k += Character.charCount(c);
            raw.appendCodePoint(c);
            // ideographs break anywhere, as Chinese and Japanese lines do
            if (breakable && k < text.length()) raw.append("\\vitabreak ");
            if (c == ' ') {
                fallback.append(' ');
            } else if (GREEK_MATH.containsKey(c)) {
                fallback.append(GREEK_MATH.get(c));
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && accented(c, fallback)) {
                // pdfLaTeX builds the accented letter from T1 accents, as before
            } else {
                fallback.append(String.format("\\vitachar{U+%04X}{}", c));
            }
        }
        out.append("\\vitatext{").append(script).append("}{").append(raw).append("}{").append(fallback).append('}');
        return end;
    }

    /**
     * The URL as hyperref's {@code \href} takes it inside another macro's argument:
     * anything outside printable ASCII, and the characters TeX would read as markup, percent-encoded;
     * {@code % # & ~ _ $} escaped the way hyperref turns back into the plain character.
     */
    public static String url(String url) {
        if (url == null) return "";
        StringBuilder out = new StringBuilder(url.length() + 16);
        for (byte b : url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || "\\{}^|\"<>`[]".indexOf(c) >= 0) {
                out.append(String.format("\\%%%02X", c));
            } else if ("%#&~_$".indexOf(c) >= 0) {
                out.append('\\').append((char) c);
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** Superscript then subscript digits, plus and minus, in the order "0123456789+-" (¹²³ have names of their own). */
    private static final String SCRIPTS = "⁰\u00B9\u00B2\u00B3⁴⁵⁶⁷⁸⁹⁺⁻₀₁₂₃₄₅₆₇₈₉₊₋";

    /** A character no command covers: the preamble's \vitachar prints "?" and warns, naming it. */
    private static void unknown(int cp, StringBuilder out) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            out.append(String.format("\\vitachar{U+%04X}{}", cp)); // a stray accent: nothing to show it on
        } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            out.append(' ');
        } else if (Character.isISOControl(cp)) {
            // control characters print nothing, as in ASCII
        } else if (type == Character.FORMAT || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE) {
            out.append(String.format("\\vitachar{U+%04X}{}", cp));
        } else {
            // the character itself rides along for a person reading the source; TeX never typesets it
            out.append(String.format("\\vitachar{U+%04X}{", cp)).appendCodePoint(cp).append('}');
        }
    }

    private static void ascii(int c, String s, int next, StringBuilder out) {
        String special = SPECIAL.get(c);
        if (special != null) {
            out.append(special);
        } else if (c == '\n' || c == '\r' || c == '\t') {
            out.append(' ');
        } else if (c < 0x20 || c == 0x7F) {
            // control characters print nothing
        } else if ((c == '-' || c == '\'' || c == ',') && next < s.length() && s.charAt(next) == c) {
            // keep "--" from turning into a dash and '' ,, into quotation marks; LuaTeX makes its
            // ligatures across an empty group, so the mark between is a (zero-width) character
            out.append((char) c).append("\\textcompwordmark{}");
        } else {
            out.append((char) c);
        }
    }

    /** Writes a letter with accents as T1 accent commands; false when the character is not one. */
    private static boolean accented(int cp, StringBuilder out) {
        String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        if (d.length() < 2 || d.charAt(0) >= 0x80 || !Character.isLetter(d.charAt(0))) return false;
        for (int k = 1; k < d.length(); k++) {
            if (!ACCENT.containsKey((int) d.charAt(k))) return false;
        }
        out.append(accents(d.charAt(0), d.substring(1)));
        return true;
    }

    /** An ASCII letter under combining accents, innermost first, such as {@code {\'{\i}}} for í. */
    private static String accents(int base, String marks) {
        String result = base == 'i' ? "\\i" : base == 'j' ? "\\j" : String.valueOf((char) base);
        for (int k = 0; k < marks.length(); k++) {
            result = ACCENT.get((int) marks.charAt(k)) + "{" + result + "}";
        }
        return "{" + result + "}";
    }
}
