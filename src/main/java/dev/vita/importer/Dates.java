package dev.vita.importer;

import dev.vita.model.PartialDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as other tools' files write them, turned into a spelling profile.yaml reads: ISO dates,
 * years, "'07", "2019/05", "May, 2020", "Present". What no rule reads is returned as text, for the
 * caller to keep in a text field rather than lose.
 */
final class Dates {
    private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(T.*)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})[/.](\\d{1,2})");
    private static final Pattern MONTH_FIRST = Pattern.compile("(\\d{1,2})[/.](\\d{4})");
    private static final Pattern SHORT_YEAR = Pattern.compile("['’‘](\\d{2})");
    private static final Pattern WORD_COMMA = Pattern.compile("([A-Za-z]+)\\.?,?\\s+(\\d{4})");

    private Dates() {}

    /** A date read or kept as text: exactly one of the two is set. */
    record Read(String value, String text) {}

    /** Reads one date; null when the source gave none. */
    static Read read(String raw) {
        if (raw == null || raw.isBlank()) return null;
        String t = raw.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("ongoing") || lower.equals("today") || lower.equals("till date") || lower.equals("to date")) return new Read("present", null);
        if (readable(t)) return new Read(t, null);
        Matcher m = FULL.matcher(t);
        if (m.matches()) {
            String day = m.group(1) + "-" + two(m.group(2)) + "-" + two(m.group(3));
            if (readable(day)) return new Read(day, null);
            String month = m.group(1) + "-" + two(m.group(2));
            if (readable(month)) return new Read(month, null);
        }
        m = SLASHED.matcher(t);
        if (m.matches() && readable(m.group(1) + "-" + two(m.group(2)))) return new Read(m.group(1) + "-" + two(m.group(2)), null);
        m = MONTH_FIRST.matcher(t);
        if (m.matches() && readable(m.group(2) + "-" + two(m.group(1)))) return new Read(m.group(2) + "-" + two(m.group(1)), null);
        m = SHORT_YEAR.matcher(t);
        if (m.matches()) {
            int yy = Integer.parseInt(m.group(1));
            return new Read(Integer.toString(yy <= 40 ? 2000 + yy : 1900 + yy), null);
        }
        m = WORD_COMMA.matcher(t);
        if (m.matches() && readable(m.group(1) + " " + m.group(2))) return new Read(m.group(1) + " " + m.group(2), null);
        return new Read(null, t);
    }

    private static boolean readable(String s) {
        try {
            PartialDate.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String two(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
