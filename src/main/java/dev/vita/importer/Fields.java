package dev.vita.importer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One mapping of a source file, read field by field: each field taken is marked, and
 * {@link #rest()} reports the fields nobody took, so an import never drops a value silently.
 */
final class Fields {
    private final Map<String, Object> map;
    private final String path;
    private final Report report;
    private final Set<String> taken = new LinkedHashSet<>();

    Fields(Map<String, Object> map, String path, Report report) {
        this.map = map;
        this.path = path;
        this.report = report;
    }

    Report report() {
        return report;
    }

    String path() {
        return path;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The first of these keys that holds text (a number counts as text); blank text counts as absent. */
    String text(String... keys) {
        for (String k : keys) {
            if (!map.containsKey(k)) continue;
            Object v = map.get(k);
            if (v instanceof String s) {
                taken.add(k);
                if (!s.isBlank()) return s.strip();
            } else if (v == null) {
                taken.add(k);
            }
        }
        return null;
    }

    /** The text items of a list under this key (a lone text counts as a list of one). */
    List<String> texts(String key) {
        Object v = map.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof String s) {
            taken.add(key);
            if (!s.isBlank()) out.add(s.strip());
        } else if (v instanceof List<?> l) {
            taken.add(key);
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof String s) {
                    if (!s.isBlank()) out.add(s.strip());
                } else if (l.get(i) != null) {
                    report.notCarried(path(key) + "[" + (i + 1) + "]", "not text");
                }
            }
        } else if (v == null) {
            taken.add(key);
        }
        return out;
    }

    /** The mappings of a list under this key (each other item is reported). */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> maps(String key) {
        Object v = map.get(key);
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            taken.add(key);
            for (int i = 0; i < l.size(); i++) {
                if (l.get(i) instanceof Map<?, ?> m) out.add((Map<String, Object>) m);
                else if (l.get(i) != null && !(l.get(i) instanceof String s && s.isBlank())) {
                    report.notCarried(path(key) + "[" + (i + 1) + "]", "expected a mapping");
                }
            }
        } else if (v instanceof Map<?, ?> m) {
            taken.add(key);
            out.add((Map<String, Object>) m);
        } else if (v == null || v instanceof String s && s.isBlank()) {
            taken.add(key);
        }
        return out;
    }

    /** A nested mapping, or null. */
    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        Object v = map.get(key);
        if (v instanceof Map<?, ?> m) {
            taken.add(key);
            return (Map<String, Object>) m;
        }
        if (v == null) taken.add(key);
        return null;
    }

    boolean has(String key) {
        return map.containsKey(key) && !empty(map.get(key));
    }

    /** Marks a key as dealt with (reported or deliberately ignored by the caller). */
    void skip(String key) {
        taken.add(key);
    }

    /** Reports every field not taken that holds a value. */
    void rest() {
        for (var e : map.entrySet()) {
            if (taken.contains(e.getKey()) || empty(e.getValue())) continue;
            report.notCarried(path(e.getKey()), "no place for it in profile.yaml");
        }
    }

    static boolean empty(Object v) {
        if (v == null) return true;
        if (v instanceof String s) return s.isBlank();
        if (v instanceof List<?> l) return l.stream().allMatch(Fields::empty);
        if (v instanceof Map<?, ?> m) return m.values().stream().allMatch(Fields::empty);
        return false;
    }
}
