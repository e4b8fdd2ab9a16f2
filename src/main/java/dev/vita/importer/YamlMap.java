package dev.vita.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordered mapping about to become YAML, with a comment line above any key. Absent values (null,
 * blank text, empty lists and mappings) are never stored, so the written profile holds only what
 * the source gave.
 */
public final class YamlMap {
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<String>> comments = new LinkedHashMap<>();

    /** Sets a key to text, a number, a list or a nested map; absent values are skipped. */
    public YamlMap put(String key, Object value) {
        Object v = clean(value);
        if (v != null) values.put(key, v);
        return this;
    }

    /** A comment line written above the key (when the key is written). */
    public YamlMap comment(String key, String comment) {
        comments.computeIfAbsent(key, k -> new ArrayList<>()).add(comment);
        return this;
    }

    public Object get(String key) {
        return values.get(key);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Object remove(String key) {
        return values.remove(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    Map<String, Object> values() {
        return values;
    }

    List<String> comments(String key) {
        return comments.getOrDefault(key, List.of());
    }

    /** The list stored under a key, made when absent (stored once it holds an item). */
    @SuppressWarnings("unchecked")
    public List<Object> list(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> l) return (List<Object>) l;
        List<Object> l = new ArrayList<>();
        values.put(key, l);
        return l;
    }

    /** Puts the keys in this order; keys not named keep their place after the named ones. */
    void order(List<String> keys) {
        Map<String, Object> sorted = new LinkedHashMap<>();
        for (String k : keys) if (values.containsKey(k)) sorted.put(k, values.get(k));
        values.forEach(sorted::putIfAbsent);
        values.clear();
        values.putAll(sorted);
    }

    /** Drops empty lists and maps left by {@link #list}. */
    YamlMap pruned() {
        values.entrySet().removeIf(e -> clean(e.getValue()) == null);
        return this;
    }

    private static Object clean(Object v) {
        if (v == null) return null;
        if (v instanceof String s) return s.isBlank() ? null : s.strip();
        if (v instanceof YamlMap m) return m.pruned().isEmpty() ? null : m;
        if (v instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>();
            for (Object o : c) {
                Object x = clean(o);
                if (x != null) out.add(x);
            }
            return out.isEmpty() ? null : out;
        }
        return v;
    }
}
