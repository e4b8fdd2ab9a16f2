package dev.vita.render;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.behavior.FormattingAttributes;
import de.undercouch.citeproc.csl.internal.format.TextFormat;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * citeproc-java's output as Vita's pieces instead of HTML: the styled tokens of the last entry are
 * kept, and each author's name is found by the tag its family name carries. A name is the family
 * token and, when the author has a given name, the token beside it: before it when a plain space
 * separates them ("Q. Pan"), else after it ("Pan, Q.", "Pan Q").
 */
final class CitedFormat extends TextFormat {
    /** Tags are private-use characters, which no style changes and no paper contains. */
    private static final char FIRST_TAG = '\uE000';
    private static final int MAX_TAGS = 0x1000;

    private List<TextToken> last = List.of();
    private final boolean numberApart;

    /** {@code numberApart}: the style aligns what follows its first field (second-field-align), a number. */
    CitedFormat(boolean numberApart) {
        this.numberApart = numberApart;
    }

    /** The tag put before the family name of author {@code k} (authors past the last tag go untagged). */
    static String tag(int k) {
        return k < MAX_TAGS ? String.valueOf((char) (FIRST_TAG + k)) : "";
    }

    private static int tagOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_TAG && c < FIRST_TAG + MAX_TAGS) return c - FIRST_TAG;
        }
        return -1;
    }

    private static String untagged(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FIRST_TAG || c >= FIRST_TAG + MAX_TAGS) sb.append(c);
        }
        return sb.toString();
    }

    @Override
    protected String doFormatBibliographyEntry(TokenBuffer buffer, RenderContext ctx, int index) {
        List<TextToken> tokens = new ArrayList<>();
        for (Token t : buffer.getTokens()) {
            if (t instanceof TextToken tt) tokens.add(tt);
        }
        // a style that sets its number apart ([1], 1.) renders it as the first field: it gives way to Vita's numbering
        if (numberApart) tokens.removeIf(Token::isFirstField);
        last = tokens;
        return "";
    }

    /** The last entry as pieces; per author: is it the person, its role marks, whether it has a given name. */
    Cited lastEntry(List<Boolean> self, List<String> marks, List<Boolean> hasGiven) {
        List<TextToken> t = trimmed(last);
        int n = t.size();
        int[] authorOf = new int[n];
        java.util.Arrays.fill(authorOf, -1);
        boolean[] endsName = new boolean[n];
        Set<Integer> claimed = new HashSet<>();
        for (int i = 0; i < n; i++) {
            int k = tagOf(t.get(i).getText());
            if (k < 0 || k >= self.size()) continue;
            int start = i;
            int end = i;
            if (hasGiven.get(k)) {
                if (given(t, i - 2, i - 1, claimed, true)) start = i - 2;
                else if (given(t, i + 2, i + 1, claimed, false)) end = i + 2;
                else if (given(t, i - 2, i - 1, claimed, false)) start = i - 2;
            }
            for (int j = start; j <= end; j++) {
                authorOf[j] = k;
                claimed.add(j);
            }
            endsName[end] = true;
        }
        List<Cited.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            TextToken tok = t.get(i);
            int a = tok.getFormattingAttributes();
            boolean italic = FormattingAttributes.getFontStyle(a) >= FormattingAttributes.FS_ITALIC;
            boolean bold = FormattingAttributes.getFontWeight(a) == FormattingAttributes.FW_BOLD;
            boolean smallCaps = FormattingAttributes.getFontVariant(a) == FormattingAttributes.FV_SMALLCAPS;
            boolean sup = FormattingAttributes.getVerticalAlign(a) == FormattingAttributes.VA_SUP;
            boolean sub = FormattingAttributes.getVerticalAlign(a) == FormattingAttributes.VA_SUB;
            String url = switch (tok.getType()) {
                case DOI -> "https://doi.org/" + tok.getText();
                case URL -> tok.getText().matches("(?i)https?://\\S+") ? tok.getText() : null;
                default -> null;
            };
            boolean isSelf = authorOf[i] >= 0 && self.get(authorOf[i]);
            pieces.add(new Cited.Piece(untagged(tok.getText()), italic, bold, smallCaps, sup, sub, isSelf, false, url));
            if (endsName[i] && !marks.get(authorOf[i]).isEmpty()) {
                pieces.add(new Cited.Piece(marks.get(authorOf[i]), false, false, false, false, false, false, true, null));
            }
        }
        return new Cited(pieces);
    }

    /** True when token {@code at} is an author's given name, joined to the family name by the delimiter at {@code between}. */
    private static boolean given(List<TextToken> t, int at, int between, Set<Integer> claimed, boolean spaceOnly) {
        if (at < 0 || at >= t.size() || claimed.contains(at)) return false;
        TextToken d = t.get(between);
        TextToken g = t.get(at);
        if (d.getType() != TextToken.Type.DELIMITER || g.getType() != TextToken.Type.TEXT) return false;
        if (spaceOnly && !d.getText().equals(" ")) return false;
        return tagOf(g.getText()) < 0 && !g.getText().isBlank();
    }

    /** Leading white space left where the style's number stood is dropped. */
    private static List<TextToken> trimmed(List<TextToken> in) {
        List<TextToken> out = new ArrayList<>(in);
        while (!out.isEmpty() && out.get(0).getText().isBlank()) out.remove(0);
        return out;
    }
}
