package dev.vita.model;

/**
 * A theme's design tokens, read from {@code themes/<name>/theme.yaml}: the few decisions a design
 * is made of. Both routes are generated from them — the CSS of the HTML/PDF route
 * ({@code templates/cv.css.ftl}) and the LaTeX preamble ({@code templates/preamble.tex.ftl}) — so
 * switching tokens alone gives a different, coherent design in every output.
 */
public record Theme(
        @Doc("The theme's name: its folder's name (set by Vita, not written in theme.yaml).") String name,
        @Required @Doc("One line saying what the theme looks like; `vita themes` prints it.") String description,
        @Required Colors colors,
        @Required Fonts fonts,
        @Required Sizes sizes,
        @Required Spacing spacing,
        @Required Style style) {

    /** Colours as #rrggbb. */
    public record Colors(
            @Required @Doc("Body text.") String text,
            @Required @Doc("The name, section headings, badges and links.") String accent,
            @Required @Doc("Dates, the headline, places, abstracts.") String muted,
            @Required @Doc("Details and venues: a little lighter than the text.") String dark,
            @Required @Doc("The page footer.") String faint,
            @Required @Doc("The dots between list items.") String dot,
            @Required @Doc("The frame of a badge, and rules under headings.") String frame,
            @Required @Doc("An award's badge.") String award) {}

    /** The typeface of each role. */
    public record Fonts(@Required Font text, @Required Font headings, @Required Font name) {}

    /**
     * One typeface in both routes: its family as the PDF's fonts name it (a TrueType family under
     * {@code fonts/}) and the NFSS family of a metric-alike face in a standard TeX Live
     * ({@code bch} Charter, {@code phv} Helvetica, {@code ptm} Times, {@code lmss} Latin Modern Sans).
     */
    public record Font(@Required String css, @Required String tex, @Doc("bold or normal") String weight) {
        public Font {
            weight = weight == null ? "normal" : weight;
        }

        /** The CSS generic family a browser falls back to. */
        public String generic() {
            return css.contains("Sans") ? "sans-serif" : "serif";
        }
    }

    /** The body size in points; the others as multiples of it. */
    public record Sizes(@Required Double body, @Required Double name, @Required Double headline, @Required Double heading,
            @Required Double small, @Required Double tiny) {}

    /** Distances: leading as a multiple of the size, margins and columns in mm, gaps in em. */
    public record Spacing(@Required Double leading, @Required Double margin,
            @Required @Doc("Width of the date column in mm; 0: no column, dates go on the entry's first line.") Double dateColumn,
            @Required Double dateGap, @Required Double sectionGap, @Required Double entryGap) {}

    /** Choices of form. */
    public record Style(@Required HeadingStyle heading, @Required BadgeStyle badge, @Required HeaderAlign header,
            @Doc("Justify paragraphs (both routes); false sets them ragged right.") Boolean justify) {
        public Style {
            justify = Boolean.TRUE.equals(justify);
        }
    }

    /** Section headings: a coloured bar in the date column, a rule under the title, or spaced capitals over a rule. */
    public enum HeadingStyle { bar, rule, caps }

    /** Badges (paper kinds, awards): a framed label, or plain small text. */
    public enum BadgeStyle { box, text }

    /** The name and contact line: aligned with the entries' text, or centred on the page. */
    public enum HeaderAlign { left, center }

    /** True when entries have a date column beside them. */
    public boolean hasDateColumn() {
        return spacing.dateColumn() > 0;
    }
}
