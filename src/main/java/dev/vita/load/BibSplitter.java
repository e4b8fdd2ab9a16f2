package dev.vita.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a .bib file into its entries before anything parses them, so one broken entry cannot take
 * the rest of the file with it. Follows bibtex's rule that text outside an {@code @entry} is a
 * comment, with two kindnesses: a line starting with {@code %} is a comment even when it holds an
 * {@code @} (a commented-out entry stays out), and an entry whose braces never close ends where the
 * next line starting with {@code @type{} begins.
 */
final class BibSplitter {
    /**
     * Braces nest a few levels in real files; deeper nesting is refused before anything recursive
     * (JBibTeX's parser, the LaTeX decoder) sees it, so a hostile file costs one entry, not the build.
     */
    static final int MAX_DEPTH = 100;

    /** One {@code @type{...}} block: where it starts, its type, key and body, or what is wrong with it. */
    record Chunk(int line, String type, String key, String text, String error, List<String> notes) {}

    private final String s;
    private int i;
    private int line = 1;

    private BibSplitter(String s) {
        this.s = s;
    }

    /** Every block of the text, in order; comments and junk between blocks are skipped. */
    static List<Chunk> split(String text) {
        return new BibSplitter(text).all();
    }

    private List<Chunk> all() {
        List<Chunk> out = new ArrayList<>();
        boolean lineStart = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                i++;
                lineStart = true;
                continue;
            }
            if (lineStart && c == '%') {
                skipLine();
                continue;
            }
            if (c == '@') {
                Chunk ch = block();
                if (ch != null) out.add(ch);
                lineStart = false;
                continue;
            }
            if (!Character.isWhitespace(c)) lineStart = false;
            i++;
        }
        return out;
    }

    private void skipLine() {
        while (i < s.length() && s.charAt(i) != '\n') i++;
    }

    /** At an '@': reads one block, or returns null when the '@' starts none (an e-mail address in a comment). */
    private Chunk block() {
        int startLine = line;
        int at = i;
        i++;
        while (i < s.length() && s.charAt(i) == '@') i++; // a doubled @@ reads as one, as bibtex ends up reading it
        skipSpace();
        int typeStart = i;
        // every entry type is a word; "@example.org (…" in a comment starts nothing
        while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
        String type = s.substring(typeStart, i).toLowerCase(Locale.ROOT);
        skipSpace();
        if (type.isEmpty() || i >= s.length() || (s.charAt(i) != '{' && s.charAt(i) != '(')) {
            if (type.equals("comment")) return null; // bibtex: @comment without braces comments nothing more
            i = Math.max(i, at + 1);
            return null;
        }
        char open = s.charAt(i);
        char close = open == '{' ? '}' : ')';
        int bodyLine = line;
        i++;
        int bodyStart = i;
        StringBuilder body = new StringBuilder();
        List<String> notes = new ArrayList<>();
        Set<String> fieldNames = new LinkedHashSet<>();
        int depth = 0;
        boolean quoted = false;
        boolean raw = type.equals("comment") || type.equals("preamble") || type.equals("string");
        int fieldsSeen = 0;
        int tooDeep = 0; // the line where braces first nested deeper than MAX_DEPTH
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                line++;
                body.append(c);
                i++;
                // a new entry at the start of a line while this one is still open: this one lost a brace
                int j = i;
                while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
                if ((depth > 0 || quoted || !raw) && startsEntry(j)) {
                    return new Chunk(startLine, type, key(s.substring(bodyStart, Math.min(s.length(), bodyStart + 200))), null,
                            "entry is not closed: a '" + close + "' is missing before line " + line, notes);
                }
                continue;
            }
            if (c == '\\' && i + 1 < s.length()) {
                body.append(c).append(s.charAt(i + 1));
                if (s.charAt(i + 1) == '\n') line++;
                i += 2;
                continue;
            }
            if (depth == 0 && !quoted && !raw) {
                if (c == '%') {
                    // a comment between fields; inside a value '%' is a character
                    while (i < s.length() && s.charAt(i) != '\n') i++;
                    continue;
                }
                if (c == '=') {
                    String name = lastWord(body);
                    if (!name.isEmpty() && !fieldNames.add(name.toLowerCase(Locale.ROOT))) {
                        fieldsSeen++;
                        notes.add(name.toLowerCase(Locale.ROOT));
                        // keep the first, as bibtex does: rename this one out of the way
                        body.setLength(body.length() - name.length() - trailingSpace(body));
                        body.append("x-vita-duplicate-").append(fieldsSeen).append('-').append(name).append(' ');
                    }
                }
            }
            if (c == '{') {
                if (++depth > MAX_DEPTH && tooDeep == 0) tooDeep = line;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == '"' && depth == 0) {
                quoted = !quoted;
            } else if (c == close && depth == 0 && !quoted) {
                i++;
                if (tooDeep > 0) {
                    return new Chunk(startLine, type, raw ? "" : key(body.toString()), null,
                            "braces nested more than " + MAX_DEPTH + " levels deep"
                                    + (tooDeep == startLine ? "" : " (from line " + tooDeep + ")"), notes);
                }
                String text = "@" + type + "{" + "\n".repeat(bodyLine - startLine) + body + "}";
                String key = raw ? "" : key(body.toString());
                return new Chunk(startLine, type, key, text, null, notes);
            }
            body.append(c);
            i++;
        }
        return new Chunk(startLine, type, raw ? "" : key(body.toString()), null,
                "entry is not closed: a '" + close + "' is missing at the end of the file", notes);
    }

    private static int trailingSpace(StringBuilder b) {
        int n = 0;
        while (n < b.length() && Character.isWhitespace(b.charAt(b.length() - 1 - n))) n++;
        return n;
    }

    private static String lastWord(StringBuilder b) {
        int end = b.length();
        while (end > 0 && Character.isWhitespace(b.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && isIdChar(b.charAt(start - 1))) start--;
        return b.substring(start, end);
    }

    private boolean startsEntry(int j) {
        if (j >= s.length() || s.charAt(j) != '@') return false;
        j++;
        int t = j;
        while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
        if (j == t) return false;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
        return j < s.length() && (s.charAt(j) == '{' || s.charAt(j) == '(');
    }

    /** The citation key: what precedes the first comma of the body. */
    private static String key(String body) {
        int comma = body.indexOf(',');
        String k = (comma < 0 ? body : body.substring(0, comma)).trim();
        return k.contains("=") || k.contains("\n") ? "" : k;
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            if (s.charAt(i) == '\n') line++;
            i++;
        }
    }

    /** bibtex's identifier characters: anything printable but {@code "#%'(),={}} and white space. */
    static boolean isIdChar(char c) {
        return !Character.isWhitespace(c) && "\"#%'(),={}@".indexOf(c) < 0;
    }
}
