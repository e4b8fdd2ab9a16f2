package dev.vita.render;

import java.lang.Character.UnicodeScript;
import java.util.Locale;

/**
 * The writing system of a character, as the name of the font family that sets it: {@code hangul},
 * {@code han}, {@code kana}, {@code arabic}, {@code hebrew}, {@code devanagari}, {@code greek},
 * {@code cyrillic}, {@code latin}, {@code symbols}, or the script's own name ({@code linearb}).
 * The LaTeX route switches fonts by it and the PDF route chooses fallback fonts by it.
 */
public final class Scripts {
    private Scripts() {}

    /** The script id of a character; {@code symbols} for punctuation, emoji and other common signs. */
    public static String of(int cp) {
        UnicodeScript s;
        try {
            s = UnicodeScript.of(cp);
        } catch (IllegalArgumentException e) {
            return "symbols";
        }
        if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) s = byBlock(cp, s);
        return switch (s) {
            case HIRAGANA, KATAKANA -> "kana";
            case COMMON, INHERITED, UNKNOWN -> "symbols";
            default -> s.name().replace("_", "").toLowerCase(Locale.ROOT);
        };
    }

    /**
     * A sign shared by scripts but set in one script's block (the Devanagari danda, the Arabic
     * comma, CJK punctuation) goes with that script, whose fonts have it.
     */
    private static UnicodeScript byBlock(int cp, UnicodeScript common) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        if (block == null) return common;
        if (block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || block == Character.UnicodeBlock.CJK_COMPATIBILITY) return UnicodeScript.HAN;
        try {
            return UnicodeScript.valueOf(block.toString());
        } catch (IllegalArgumentException e) {
            return common;
        }
    }

    /** True for the scripts written right to left, whose words the PDF route must shape and reorder. */
    public static boolean rightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** True for the explicit direction controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI). */
    public static boolean directionControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /** True when the text needs the bidirectional algorithm: right-to-left letters or direction controls. */
    public static boolean needsBidi(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x0590) continue;
            int cp = Character.codePointAt(text, i);
            if (rightToLeft(cp) || directionControl(cp)) return true;
        }
        return false;
    }

    /** The font-name form of a script id, as Noto's file names spell it ({@code linearb} → {@code LinearB}). */
    public static String camel(int cp) {
        UnicodeScript s = UnicodeScript.of(cp);
        if (s == UnicodeScript.COMMON || s == UnicodeScript.INHERITED) s = byBlock(cp, s);
        StringBuilder out = new StringBuilder();
        for (String w : s.name().split("_")) {
            out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
