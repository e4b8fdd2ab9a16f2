package dev.vita.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Text with inline styles: a title or venue decoded from LaTeX, or a profile field written in
 * inline Markdown. A list of spans, each plain, italic, bold or code, and possibly a link. Spans
 * hold plain characters only; templates set the styles and escape the text, so user data never
 * becomes markup. {@link #toString()} is the plain text.
 */
public record RichText(List<Span> spans) {

    /** A run of characters in one style; {@code url}, when set, is a checked http(s) or mailto link. */
    public record Span(String text, boolean italic, boolean bold, boolean code, String url) {
        public Span {
            text = text == null ? "" : text;
        }

        /** A span without code style or link, as BibTeX text has. */
        public Span(String text, boolean italic, boolean bold) {
            this(text, italic, bold, false, null);
        }

        /** True when this span is styled the same as another (so the two may join). */
        boolean sameStyle(Span o) {
            return italic == o.italic && bold == o.bold && code == o.code && java.util.Objects.equals(url, o.url);
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

    /** True when some span is italic, bold, code or a link. */
    public boolean isStyled() {
        return spans.stream().anyMatch(s -> s.italic() || s.bold() || s.code() || s.url() != null);
    }

    /** This text followed by another (null counts as empty). */
    public RichText append(RichText other) {
        if (other == null) return this;
        List<Span> all = new ArrayList<>(spans);
        all.addAll(other.spans);
        return new RichText(all);
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
                if (last.sameStyle(s)) {
                    out.set(out.size() - 1, new Span(last.text() + s.text(), s.italic(), s.bold(), s.code(), s.url()));
                    continue;
                }
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
