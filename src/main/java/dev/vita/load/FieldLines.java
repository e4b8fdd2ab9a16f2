package dev.vita.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each field of one entry starts, so a warning about a field points at its line and not at
 * the entry's first. Reads an entry's text as {@link BibSplitter} cut it (its lines intact): a field
 * name is the word before an {@code =} outside braces and quotes.
 */
final class FieldLines {
    private FieldLines() {}

    /** Lower-case field name → its line in the file; {@code firstLine} is the line of the entry's {@code @}. */
    static Map<String, Integer> of(String entry, int firstLine) {
        Map<String, Integer> out = new HashMap<>();
        if (entry == null) return out;
        int i = 0;
        while (i < entry.length() && entry.charAt(i) != '{' && entry.charAt(i) != '(') i++;
        int line = firstLine;
        for (int k = 0; k < i; k++) {
            if (entry.charAt(k) == '\n') line++;
        }
        int depth = 0;
        boolean quoted = false;
        int wordStart = -1;
        int wordEnd = -1;
        int wordLine = line;
        for (i = i + 1; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (c == '\n') line++;
            if (c == '\\') {
                i++;
                continue;
            }
            if (depth == 0 && !quoted) {
                if (Character.isLetterOrDigit(c) || "_-+:.".indexOf(c) >= 0) {
                    if (wordEnd != -1 || wordStart == -1) {
                        wordStart = i;
                        wordLine = line;
                    }
                    wordEnd = -1;
                    continue;
                }
                if (wordStart != -1 && wordEnd == -1) wordEnd = i;
                if (c == '=' && wordStart != -1) {
                    out.putIfAbsent(entry.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT), wordLine);
                    wordStart = -1;
                    wordEnd = -1;
                    continue;
                }
                if (!Character.isWhitespace(c)) {
                    wordStart = -1;
                    wordEnd = -1;
                }
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
            }
        }
        return out;
    }
}
