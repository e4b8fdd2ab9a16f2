package dev.vita.load;

import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings that many entries of one file can share (an ADS export of 237 papers, none under the
 * profile's spelling): a few print one by one, more print as one line with the count and the first
 * keys, so the warning that matters is not buried.
 */
final class RepeatedWarnings {
    /** Up to this many of a kind print one by one. */
    static final int ONE_BY_ONE = 3;
    /** Keys a summary names before "…". */
    static final int KEYS_SHOWN = 3;

    /** One kind: each warning as it would print alone, the entries' keys and the summary's words. */
    private record Kind(List<Problem> each, List<String> keys, String summary) {}

    private final Warnings warnings;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    RepeatedWarnings(Warnings warnings) {
        this.warnings = warnings;
    }

    /**
     * Holds one warning of a kind; {@code summary} says what the entries share, after the count
     * ("papers do not list 'Ada'; set `aliases` …": the part after ';' follows the keys).
     */
    void add(String kind, Problem alone, String key, String summary) {
        kinds.computeIfAbsent(kind, k -> new Kind(new ArrayList<>(), new ArrayList<>(), summary)).each().add(alone);
        kinds.get(kind).keys().add(key);
    }

    /** Passes on what was held: each warning, or one line per kind that many entries share. */
    void flush() {
        for (Kind k : kinds.values()) {
            if (k.each().size() <= ONE_BY_ONE) {
                k.each().forEach(warnings::add);
                continue;
            }
            Problem first = k.each().get(0);
            String keys = String.join(", ", k.keys().subList(0, KEYS_SHOWN)) + ", …";
            int semi = k.summary().indexOf(';');
            String what = semi < 0 ? k.summary() : k.summary().substring(0, semi);
            String advice = semi < 0 ? "" : k.summary().substring(semi);
            warnings.add(new Problem(first.file(), first.line(), 0, k.each().size() + " " + what + ": " + keys + advice));
        }
        kinds.clear();
    }
}
