package dev.vita.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import carried and what it did not, by the source's key paths: nothing is dropped
 * without a line here. Carried values are counted per source section; everything else is listed.
 */
public final class Report {
    private final Map<String, String> carried = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> notCarried = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** One value or entry of source section {@code from} went to {@code to}. */
    public void carried(String from, String to) {
        String k = from + " → " + to;
        carried.putIfAbsent(k, to);
        counts.merge(k, 1, Integer::sum);
    }

    /** A value that has no place in the profile, with why. */
    public void notCarried(String path, String why) {
        notCarried.add(path + ": " + why);
    }

    /** Something carried with a change worth knowing (a guessed date, a moved value). */
    public void note(String path, String what) {
        notes.add(path + ": " + what);
    }

    public List<String> notCarried() {
        return List.copyOf(notCarried);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The lines {@code vita import} prints. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("carried:");
        counts.forEach((k, n) -> out.add("  " + k + (n > 1 ? " (" + n + ")" : "")));
        if (!notes.isEmpty()) {
            out.add("changed on the way:");
            notes.forEach(n -> out.add("  " + n));
        }
        out.add(notCarried.isEmpty() ? "not carried: nothing" : "not carried:");
        notCarried.forEach(n -> out.add("  " + n));
        return out;
    }
}
