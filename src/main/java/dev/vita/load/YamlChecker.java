package dev.vita.load;

import dev.vita.model.PartialDate;
import dev.vita.model.Required;
import dev.vita.model.RichText;
import dev.vita.problem.Problem;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Checks a SnakeYAML node tree against the model's records, by their component names and types,
 * collecting every problem (unknown or duplicate key, wrong type, missing required field, bad
 * date) with its line and column — Jackson would stop at the first. What it returns is the tree
 * as plain maps, lists and values with the faulty parts left out, which Jackson then binds to the
 * records; so later checks still see the rest of the file.
 */
final class YamlChecker {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,6}(\\.\\d{1,6})?");
    /** Bounds the work a file of aliases can cause, whatever their nesting. */
    private static final int MAX_NODES = 200_000;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Locations locations;
    private final Set<Node> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    private int visited;

    YamlChecker(Path file) {
        this.file = file;
        this.locations = new Locations(file);
    }

    List<Problem> problems() {
        return problems;
    }

    /** What was odd but not wrong, such as Markdown nested too deeply. */
    List<Problem> warnings() {
        return warnings;
    }

    Locations locations() {
        return locations;
    }

    /** Checks the root node against a record type; the clean tree, or null (with problems) when nothing usable came out. */
    Map<String, Object> checkRoot(Node root, Class<?> type) {
        if (root == null || isNull(root)) {
            problems.add(Problem.of(file, "the file is empty"));
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problem(root, "expected a mapping (key: value) at the top of the file, found " + found(root));
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) bind(root, type, "");
        return tree;
    }

    private Object bind(Node node, Type type, String path) {
        if (++visited > MAX_NODES) {
            if (visited == MAX_NODES + 1) problem(node, "the file expands to more than " + MAX_NODES + " values (aliases?)");
            return null;
        }
        if (!onPath.add(node)) {
            problem(node, label(path) + "an alias refers to itself");
            return null;
        }
        try {
            Mark m = node.getStartMark();
            if (!path.isEmpty()) locations.put(path, m.getLine() + 1, m.getColumn() + 1);
            if (isNull(node)) return null;
            return bindValue(node, type, path);
        } finally {
            onPath.remove(node);
        }
    }

    private Object bindValue(Node node, Type type, String path) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) return bindList(node, args[0], path);
            if (Map.class.isAssignableFrom(raw)) return bindMap(node, args[1], path);
            throw new IllegalStateException("no YAML binding for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            String text = scalar(node, path, "text");
            if (text != null) locations.text(path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, text);
            return text;
        }
        if (c == RichText.class) return markdown(node, path);
        if (c == Integer.class || c == int.class) {
            String s = scalar(node, path, "a whole number");
            if (s == null) return null;
            if (!INTEGER.matcher(s.strip()).matches()) return fail(node, path, "expected a whole number, found '" + shorten(s) + "'");
            return Integer.parseInt(s.strip().replace("+", ""));
        }
        if (c == Double.class || c == double.class) {
            String s = scalar(node, path, "a number");
            if (s == null) return null;
            if (!DECIMAL.matcher(s.strip()).matches()) return fail(node, path, "expected a number, found '" + shorten(s) + "'");
            return Double.parseDouble(s.strip());
        }
        if (c == Boolean.class || c == boolean.class) {
            String s = scalar(node, path, "true or false");
            if (s == null) return null;
            if (s.equalsIgnoreCase("true")) return Boolean.TRUE;
            if (s.equalsIgnoreCase("false")) return Boolean.FALSE;
            return fail(node, path, "expected true or false, found '" + shorten(s) + "'");
        }
        if (c == PartialDate.class) {
            String s = scalar(node, path, "a date");
            if (s == null) return null;
            try {
                PartialDate.parse(s);
                return s;
            } catch (IllegalArgumentException e) {
                return fail(node, path, e.getMessage());
            }
        }
        if (c.isEnum()) return bindEnum(node, c, path);
        if (c.isRecord() && node instanceof ScalarNode && hasTextForm(c)) {
            // a plain string where such a record is expected is the record's text
            Object text = markdown(node, path);
            return text == null ? null : new LinkedHashMap<>(Map.of("text", text));
        }
        if (c.isRecord()) return bindRecord(node, c, path);
        throw new IllegalStateException("no YAML binding for " + type);
    }

    /** Text with inline Markdown: refused links are problems, too deep a nesting a warning; the text is kept as written. */
    private String markdown(Node node, String path) {
        String s = scalar(node, path, "text");
        if (s == null) return null;
        InlineMarkdown.Result r = InlineMarkdown.parse(s);
        for (String e : r.errors()) problem(node, label(path) + e);
        Mark m = node.getStartMark();
        for (String w : r.warnings()) warnings.add(new Problem(file, m.getLine() + 1, m.getColumn() + 1, label(path) + w));
        locations.text(path, m.getLine() + 1, m.getColumn() + 1, s);
        return s;
    }

    /** Records with a {@code text} component accept a plain string in its place. */
    private static boolean hasTextForm(Class<?> c) {
        for (RecordComponent rc : c.getRecordComponents()) {
            if (rc.getName().equals("text") && rc.getType() == RichText.class) return true;
        }
        return false;
    }

    private String scalar(Node node, String path, String expected) {
        if (node instanceof ScalarNode s) return s.getValue();
        fail(node, path, "expected " + expected + ", found " + found(node));
        return null;
    }

    private List<Object> bindList(Node node, Type element, String path) {
        if (!(node instanceof SequenceNode seq)) {
            return failList(node, path, "expected a list (lines starting with '- ', or [a, b]), found " + found(node));
        }
        List<Object> out = new ArrayList<>();
        List<Node> items = seq.getValue();
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            String p = path + "[" + (i + 1) + "]";
            if (isNull(item)) {
                problem(item, p + ": empty list item");
                continue;
            }
            Object v = bind(item, element, p);
            if (v != null) out.add(v);
        }
        return out;
    }

    private Map<String, Object> bindMap(Node node, Type value, String path) {
        if (!(node instanceof MappingNode map)) {
            fail(node, path, "expected a mapping (key: value), found " + found(node));
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = key(t.getKeyNode(), seen);
            if (key == null) continue;
            String p = join(path, key);
            if (isNull(t.getValueNode())) {
                problem(t.getValueNode(), p + ": no value given");
                continue;
            }
            Object v = bind(t.getValueNode(), value, p);
            if (v != null) out.put(key, v);
        }
        return out;
    }

    private Object bindRecord(Node node, Class<?> type, String path) {
        if (!(node instanceof MappingNode map)) {
            return fail(node, path, "expected a mapping (key: value), found " + found(node));
        }
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent rc : components) byName.put(rc.getName(), rc);
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            String key = key(t.getKeyNode(), seen);
            if (key == null) continue;
            RecordComponent rc = byName.get(key);
            if (rc == null) {
                problem(t.getKeyNode(), "unknown key '" + key + "'" + (path.isEmpty() ? "" : " in " + path)
                        + suggestion(key, byName.keySet()));
                continue;
            }
            Object v = bind(t.getValueNode(), rc.getGenericType(), join(path, key));
            if (v != null) values.put(key, v);
        }
        for (RecordComponent rc : components) {
            Object v = values.get(rc.getName());
            if (rc.isAnnotationPresent(Required.class) && (v == null || v.toString().isBlank())) {
                Node given = seen.get(rc.getName());
                String where = path.isEmpty() ? "" : path + ": ";
                problem(given != null ? given : map, where + "'" + rc.getName() + "' is required"
                        + (given != null ? " and cannot be empty" : ""));
            }
        }
        return values;
    }

    private Object bindEnum(Node node, Class<?> type, String path) {
        String s = scalar(node, path, "a word");
        if (s == null) return null;
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            String name = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
            if (name.equalsIgnoreCase(s.strip())) return ((Enum<?>) constant).name();
            names.add(name);
        }
        return fail(node, path, "'" + shorten(s) + "' is not one of " + String.join(", ", names));
    }

    /** A mapping key as text; duplicates and non-text keys are problems, and give null. */
    private String key(Node keyNode, Map<String, Node> seen) {
        if (!(keyNode instanceof ScalarNode s)) {
            problem(keyNode, "a key must be a plain word, found " + found(keyNode));
            return null;
        }
        String key = s.getValue();
        if (s.getTag().equals(Tag.MERGE)) {
            problem(keyNode, "YAML merge keys (<<) are not supported: write the keys out");
            return null;
        }
        Node first = seen.putIfAbsent(key, keyNode);
        if (first != null) {
            problem(keyNode, "duplicate key '" + key + "' (first given at line " + (first.getStartMark().getLine() + 1) + ")");
            return null;
        }
        return key;
    }

    private Object fail(Node node, String path, String message) {
        problem(node, label(path) + message);
        return null;
    }

    private List<Object> failList(Node node, String path, String message) {
        fail(node, path, message);
        return null;
    }

    private static String label(String path) {
        return path.isEmpty() ? "" : path + ": ";
    }

    private void problem(Node node, String message) {
        Mark m = node.getStartMark();
        problems.add(new Problem(file, m.getLine() + 1, m.getColumn() + 1, message));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static String found(Node node) {
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof MappingNode) return "a mapping (key: value)";
        if (node instanceof ScalarNode s) return s.getValue().isEmpty() ? "nothing" : "'" + shorten(s.getValue()) + "'";
        return "something else";
    }

    static String shorten(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() <= 40 ? one : one.substring(0, 37) + "...";
    }

    /** "did you mean" for misspelt keys: the known key nearest by edit distance, if near enough. */
    static String suggestion(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = editDistance(key.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= (key.length() <= 4 ? 1 : Math.max(2, key.length() / 4))) {
            return " — did you mean '" + best + "'?";
        }
        return known.isEmpty() ? "" : " (known keys: " + known.stream().sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** Edits between two words, a swap of neighbouring letters counting as one (optimal string alignment). */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
