package dev.vita.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with emphasis, as a title or venue decoded from LaTeX: a list of spans, each plain, italic
 * or bold. Spans hold plain characters only; templates set the emphasis and escape the text, so
 * user data never becomes markup. {@link #toString()} is the plain text.
 */
public record RichText(List<Span> spans) {

    /** A run of characters in one style. */
    public record Span(String text, boolean italic, boolean bold) {
        public Span {
            text = text == null ? "" : text;
        }
    }

    public RichText {
        spans = merged(spans == null ? List.of() : spans);
    }

    /** Unstyled text; null stays null so absent fields stay absent. */
    public static RichText plain(String text) {
        return text == null ? null : new RichText(List.of(new Span(text, false, false)));
    }

    /** The characters without their styles. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) sb.append(s.text());
        return sb.toString();
    }

    /** True when no span carries a character. */
    public boolean isEmpty() {
        return spans.isEmpty();
    }

    /** True when some span is italic or bold. */
    public boolean isStyled() {
        return spans.stream().anyMatch(s -> s.italic() || s.bold());
    }

    @Override
    public String toString() {
        return text();
    }

    /** Neighbours in the same style join and empty spans vanish, so equal texts are equal records. */
    private static List<Span> merged(List<Span> in) {
        List<Span> out = new ArrayList<>();
        for (Span s : in) {
            if (s.text().isEmpty()) continue;
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                if (last.italic() == s.italic() && last.bold() == s.bold()) {
                    out.set(out.size() - 1, new Span(last.text() + s.text(), s.italic(), s.bold()));
                    continue;
                }
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
