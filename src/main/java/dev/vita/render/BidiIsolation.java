package dev.vita.render;

/**
 * Keeps the direction of user text to itself in the HTML: every text node with right-to-left
 * letters or direction controls is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (what
 * {@code <bdi>} does, usable in any element), with the embeddings and overrides it opens closed
 * inside. So a U+202E in a field reverses that field only, and an Arabic name leaves the separators
 * and numbers around it in place. Text without such characters (any Latin CV) is left byte for byte.
 */
public final class BidiIsolation {
    private BidiIsolation() {}

    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    private static final char PDF = '\u202C';

    /** The HTML with each text node that needs it isolated. */
    public static String isolate(String html) {
        if (!Scripts.needsBidi(html)) return html;
        StringBuilder out = new StringBuilder(html.length() + 64);
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int end = lt < 0 ? html.length() : lt;
            String text = html.substring(i, end);
            out.append(Scripts.needsBidi(text) && !text.isBlank() ? isolated(text) : text);
            if (lt < 0) break;
            int gt = html.indexOf('>', lt);
            if (gt < 0) gt = html.length() - 1;
            out.append(html, lt, gt + 1);
            i = gt + 1;
        }
        return out.toString();
    }

    private static String isolated(String text) {
        int embeddings = 0;
        int isolates = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\u202A' || c == '\u202B' || c == '\u202D' || c == '\u202E') embeddings++;
            else if (c == PDF && embeddings > 0) embeddings--;
            else if (c >= '\u2066' && c <= '\u2068') isolates++;
            else if (c == PDI && isolates > 0) {
                isolates--;
                embeddings = 0; // a PDI also closes the embeddings opened inside its isolate
            }
        }
        // leading and trailing white space stays outside, so the markup's line breaks keep their place
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return text.substring(0, from) + FSI + text.substring(from, to) + String.valueOf(PDF).repeat(embeddings)
                + String.valueOf(PDI).repeat(isolates) + PDI + text.substring(to);
    }
}
