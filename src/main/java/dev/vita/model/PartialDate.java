package dev.vita.model;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date as CVs give them: a year, a month and year, a full date, a season and year, or "present".
 * Parsed from {@code 2024}, {@code 2024-01}, {@code 2024-03-15}, {@code Jan 2024}, {@code January 2024},
 * {@code Spring 2022}, {@code present} / {@code now}. {@code day} is 0 when the date has none.
 */
public record PartialDate(int year, int month, String season, boolean present, int day) implements Comparable<PartialDate> {

    /** A date without a day. */
    public PartialDate(int year, int month, String season, boolean present) {
        this(year, month, season, present, 0);
    }

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern WORD_YEAR = Pattern.compile("([A-Za-z]+)\\.?\\s+(\\d{4})");
    private static final java.util.List<String> SEASONS = java.util.List.of("Winter", "Spring", "Summer", "Fall", "Autumn");

    /** The spellings a date may take, as the schema and error messages name them. */
    public static final String FORMATS = "A date: 2024, 2024-01, 2024-03-15, Jan 2024, Spring 2024 or present.";

    public static final PartialDate PRESENT = new PartialDate(9999, 12, null, true);

    /** Reads one of the accepted spellings, or throws {@link IllegalArgumentException} saying which are accepted. */
    public static PartialDate parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("present") || t.equalsIgnoreCase("now") || t.equalsIgnoreCase("current")) return PRESENT;
        var m = YEAR.matcher(t);
        if (m.matches()) return new PartialDate(Integer.parseInt(t), 0, null, false);
        m = ISO.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month >= 1 && month <= 12) return new PartialDate(Integer.parseInt(m.group(1)), month, null, false);
        }
        m = FULL.matcher(t);
        if (m.matches()) {
            try {
                java.time.LocalDate d = java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new PartialDate(d.getYear(), d.getMonthValue(), null, false, d.getDayOfMonth());
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("cannot read date '" + t + "': no such day");
            }
        }
        m = WORD_YEAR.matcher(t);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(2));
            String word = m.group(1);
            for (String s : SEASONS) {
                if (s.equalsIgnoreCase(word)) return new PartialDate(year, 0, s, false);
            }
            for (Month mo : Month.values()) {
                String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                if (word.length() >= 3 && full.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))) {
                    return new PartialDate(year, mo.getValue(), null, false);
                }
            }
        }
        throw new IllegalArgumentException("cannot read date '" + t
                + "': write 2024, 2024-01, 2024-03-15, Jan 2024, Spring 2024 or present");
    }

    /** The month's short name, or "" when the date has none. */
    public String monthName() {
        return month == 0 ? "" : Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** How the date prints: "Jan 2024", "2024", "Spring 2022", "present". */
    public String display() {
        if (present) return "present";
        if (season != null) return season + " " + year;
        if (day != 0) return day + " " + monthName() + " " + year;
        return month == 0 ? Integer.toString(year) : monthName() + " " + year;
    }

    /** How a period prints: "Jan 2024 – present", "Jan – Jun 2024", "2022 – May 2024"; null parts are skipped. */
    public static String range(PartialDate start, PartialDate end) {
        if (start == null && end == null) return "";
        if (start == null) return end.display(); // "present" alone is spelt as in "2024 – present", never both ways
        if (end == null || end.equals(start)) return start.display();
        if (!end.present && start.year == end.year && start.month != 0 && end.month != 0) {
            return start.monthName() + " – " + end.display();
        }
        return start.display() + " – " + end.display();
    }

    /**
     * What is wrong with a period's order, or null: an end before its start, or a start of
     * "present" with an end. Dates of the same year compare by month only when both give one.
     */
    public static String misordered(PartialDate start, PartialDate end) {
        if (end == null) return null;
        if (start == null) return null;
        if (start.present) return "'present' as a start leaves no room for an end ('" + end.display() + "'): give the real start, or drop the end";
        if (end.present) return null;
        boolean before = end.year < start.year || (end.year == start.year && start.month != 0 && end.month != 0 && end.month < start.month);
        return before ? "'" + end.display() + "' is before the start '" + start.display() + "'" : null;
    }

    /**
     * For a job or a project: a past end without a start prints alone ("Jan 2001"), just as a single
     * date given as the start does, so the reader cannot tell it ended then; null when fine.
     */
    public static String endWithoutStart(PartialDate start, PartialDate end) {
        if (start != null || end == null || end.present) return null;
        return "'" + end.display() + "' has no start, so it would print as if it were a single date: add the start, or write a single date as start";
    }

    @Override
    public int compareTo(PartialDate o) {
        if (year != o.year) return Integer.compare(year, o.year);
        if (month != o.month) return Integer.compare(month, o.month);
        return Integer.compare(day, o.day);
    }

    @Override
    public String toString() {
        return display();
    }
}
