package dev.vita.load;

import dev.vita.model.SourceText;
import dev.vita.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a YAML file stands, by its path ({@code projects[2].url}), so checks that run
 * on the records still report line and column.
 */
public final class Locations {
    private final Path file;
    private final Map<String, int[]> at = new HashMap<>();
    private final List<SourceText> texts = new ArrayList<>();

    Locations(Path file) {
        this.file = file;
    }

    void put(String path, int line, int column) {
        at.putIfAbsent(path, new int[] {line, column});
    }

    void text(String path, int line, int column, String value) {
        texts.add(new SourceText(file, line, column, path, value));
    }

    /** Every text value of the file, with its path and place. */
    public List<SourceText> texts() {
        return List.copyOf(texts);
    }

    /** The file these locations belong to. */
    public Path file() {
        return file;
    }

    /** A problem at the value with this path, or at the file when the path is unknown. */
    public Problem problem(String path, String message) {
        int[] lc = at.get(path);
        return lc == null ? Problem.of(file, message) : new Problem(file, lc[0], lc[1], message);
    }
}
