package dev.vita.select;

/**
 * The typographic settings both renderers share, so the PDF and LaTeX routes set the same page:
 * body size in points, page margins in millimetres, leading as a multiple of the size, and the
 * space before a section heading in ems.
 */
public record Layout(String pageSize, double fontPt, double marginMm, double leading, double sectionGapEm) {

    /** The full CV's comfortable defaults. */
    public static Layout standard(String pageSize) {
        return new Layout(pageSize, 10.5, 18, 1.3, 1.5);
    }

    /** The bottom margin, with room for the footer line (name, page n / N). */
    public double bottomMarginMm() {
        return marginMm + 4;
    }

    /** Page width and height in millimetres. */
    public double widthMm() {
        return pageSize.equals("letter") ? 215.9 : 210;
    }

    public double heightMm() {
        return pageSize.equals("letter") ? 279.4 : 297;
    }
}
