package dev.vita.load;

import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a YAML file written for another tool (a RenderCV CV) under the same rules as profile.yaml:
 * UTF-8, at most 1 MiB, no control characters, no tags (a fork's {@code !include} is refused where
 * it stands, never followed), no merge keys, no duplicate keys, few aliases. What it returns is a
 * plain tree: ordered maps with text keys, lists, and scalars as the text the file shows.
 */
public final class YamlSource {
    /** Bounds the work a file of aliases can cause. */
    private static final int MAX_NODES = 200_000;

    private final Path file;
    private final List<Problem> problems = new ArrayList<>();
    private int visited;
    private final java.util.Set<Node> onPath = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private YamlSource(Path file) {
        this.file = file;
    }

    /** The file as maps, lists and strings (null for YAML's null), or a located error. */
    public static Object read(Path file) {
        String text = ProfileReader.readText(file);
        List<Problem> controls = ControlCharacters.find(file, text);
        if (!controls.isEmpty()) throw new UserError(controls);
        Yaml yaml = new Yaml(ProfileReader.options());
        YamlSource source = new YamlSource(file);
        try {
            ProfileReader.refuseTags(file, yaml.parse(new StringReader(text)), source.problems);
            if (!source.problems.isEmpty()) throw new UserError(source.problems);
            Node root = yaml.compose(new StringReader(text));
            Object tree = root == null ? null : source.plain(root);
            if (!source.problems.isEmpty()) throw new UserError(source.problems);
            return tree;
        } catch (MarkedYAMLException e) {
            throw new UserError(ProfileReader.syntax(file, e));
        } catch (YAMLException e) {
            throw new UserError(file, ProfileReader.refusal(e.getMessage()));
        }
    }

    private Object plain(Node node) {
        if (++visited > MAX_NODES) {
            if (visited == MAX_NODES + 1) problem(node, "the file expands to more than " + MAX_NODES + " values (aliases?)");
            return null;
        }
        if (node instanceof ScalarNode s) return s.getTag().equals(Tag.NULL) ? null : s.getValue();
        if (!onPath.add(node)) {
            problem(node, "an alias refers to itself");
            return null;
        }
        try {
            return collection(node);
        } finally {
            onPath.remove(node);
        }
    }

    private Object collection(Node node) {
        if (node instanceof SequenceNode seq) {
            List<Object> out = new ArrayList<>();
            for (Node item : seq.getValue()) out.add(plain(item));
            return out;
        }
        MappingNode map = (MappingNode) node;
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problem(t.getKeyNode(), "a key must be a plain word");
                continue;
            }
            if (k.getTag().equals(Tag.MERGE)) {
                problem(k, "YAML merge keys (<<) are not supported: write the keys out");
                continue;
            }
            Node first = seen.putIfAbsent(k.getValue(), k);
            if (first != null) {
                problem(k, "duplicate key '" + k.getValue() + "' (first given at line " + (first.getStartMark().getLine() + 1) + ")");
                continue;
            }
            out.put(k.getValue(), plain(t.getValueNode()));
        }
        return out;
    }

    private void problem(Node node, String message) {
        Mark m = node.getStartMark();
        problems.add(new Problem(file, m.getLine() + 1, m.getColumn() + 1, message));
    }
}
