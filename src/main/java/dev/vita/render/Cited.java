package dev.vita.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One paper as a citation style writes it, with Vita's roles laid on: pieces of plain text, each
 * with its styles, the person's own name marked {@code self}, role marks after the right authors
 * marked {@code mark}, DOIs and URLs as links. Templates escape the text and set the styles, so
 * nothing a style or a bib file holds becomes markup.
 */
public record Cited(List<Piece> pieces) {

    /** A run of text in one style. */
    public record Piece(String text, boolean italic, boolean bold, boolean smallCaps, boolean sup, boolean sub,
            boolean self, boolean mark, String url) {

        boolean sameStyle(Piece o) {
            return italic == o.italic && bold == o.bold && smallCaps == o.smallCaps && sup == o.sup && sub == o.sub
                    && self == o.self && mark == o.mark && Objects.equals(url, o.url);
        }
    }

    public Cited {
        pieces = merged(pieces);
    }

    /** The characters without their styles. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) sb.append(p.text());
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }

    /** Neighbours in the same style join, so the markup around them is written once. */
    private static List<Piece> merged(List<Piece> in) {
        List<Piece> out = new ArrayList<>();
        for (Piece p : in) {
            if (p.text().isEmpty()) continue;
            if (!out.isEmpty() && out.get(out.size() - 1).sameStyle(p)) {
                Piece last = out.remove(out.size() - 1);
                out.add(new Piece(last.text() + p.text(), p.italic(), p.bold(), p.smallCaps(), p.sup(), p.sub(), p.self(), p.mark(), p.url()));
                continue;
            }
            out.add(p);
        }
        return List.copyOf(out);
    }
}
