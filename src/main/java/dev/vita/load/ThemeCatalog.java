package dev.vita.load;

import dev.vita.model.Theme;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The themes a project offers: every folder with a {@code theme.yaml} under the project's
 * {@code themes/} and under the themes built into the jar (a project's folder of the same name
 * wins). A theme is its tokens ({@link Theme}) and, optionally, template fragments beside them
 * that override the built-in templates by name.
 */
public final class ThemeCatalog {
    /** The theme a build uses when neither the profile nor the command line names one. */
    public static final String DEFAULT = "classic";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    /** A font family as CSS and the PDF's font set name it; quoted in CSS, so no quotes or escapes. */
    private static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{0,60}");
    /** An NFSS family code (bch, phv, lmss): letters and digits, written raw into the preamble. */
    private static final Pattern NFSS = Pattern.compile("[a-z0-9]{2,12}");

    /** One theme: its tokens and the folder that holds them (and any template fragments). */
    public record Entry(Theme theme, Path folder) {}

    private final Map<String, Path> folders = new TreeMap<>();
    private final Map<String, Entry> loaded = new ConcurrentHashMap<>();

    /** Looks for themes in these folders, earlier ones first; folders that do not exist are skipped. */
    public ThemeCatalog(List<Path> roots) {
        for (Path root : roots) {
            if (root == null || !Files.isDirectory(root)) continue;
            try (Stream<Path> list = Files.list(root)) {
                list.filter(d -> Files.isRegularFile(d.resolve("theme.yaml")))
                        .forEach(d -> folders.putIfAbsent(d.getFileName().toString().replaceAll("/$", ""), d));
            } catch (IOException e) {
                throw new UserError(root, "cannot read themes folder: " + e.getMessage());
            }
        }
    }

    /** The names of all themes, sorted. */
    public Set<String> names() {
        return folders.keySet();
    }

    /** A theme by name, read once; an unknown name is a user error with a "did you mean". */
    public Entry get(String name) {
        Path folder = folders.get(name);
        if (folder == null) throw new UserError(Problem.of(null, unknown(name)));
        return loaded.computeIfAbsent(name, n -> new Entry(read(n, folder.resolve("theme.yaml")), folder));
    }

    /** "unknown theme 'x' — did you mean 'y'?", or the list of themes when none is near. */
    public String unknown(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : folders.keySet()) {
            int d = YamlChecker.editDistance(name.toLowerCase(java.util.Locale.ROOT), known);
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        String hint = best != null && bestDistance <= Math.max(2, name.length() / 3)
                ? " — did you mean '" + best + "'?"
                : " (themes: " + String.join(", ", folders.keySet()) + ")";
        return "unknown theme '" + name + "'" + hint;
    }

    /** Reads and checks one theme.yaml; every problem is reported at once, located. */
    static Theme read(String name, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(64 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            YamlChecker checker = new YamlChecker(file);
            Map<String, Object> tree = checker.checkRoot(root, Theme.class);
            List<Problem> problems = new ArrayList<>(checker.problems());
            if (tree != null && tree.containsKey("name")) {
                problems.add(checker.locations().problem("name", "a theme's name is its folder's name ('" + name + "'): leave 'name' out"));
            }
            if (!problems.isEmpty()) throw new UserError(problems);
            tree.put("name", name);
            Theme theme = ModelBinding.MAPPER.convertValue(tree, Theme.class);
            problems.addAll(check(theme, checker.locations()));
            if (!problems.isEmpty()) throw new UserError(problems);
            return theme;
        } catch (MarkedYAMLException e) {
            throw new UserError(new Problem(file, e.getProblemMark().getLine() + 1, e.getProblemMark().getColumn() + 1,
                    "YAML syntax: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new UserError(file, "YAML: " + e.getMessage());
        }
    }

    /** What the types cannot say: colours are #rrggbb, family names are plain, sizes are sane. */
    private static List<Problem> check(Theme t, Locations at) {
        List<Problem> out = new ArrayList<>();
        Theme.Colors c = t.colors();
        Map<String, String> colors = Map.of("text", c.text(), "accent", c.accent(), "muted", c.muted(), "dark", c.dark(),
                "faint", c.faint(), "dot", c.dot(), "frame", c.frame(), "award", c.award());
        new TreeMap<>(colors).forEach((k, v) -> {
            if (!COLOR.matcher(v).matches()) out.add(at.problem("colors." + k, "colors." + k + ": '" + v + "' is not a colour: write #rrggbb"));
        });
        Map<String, Theme.Font> fonts = Map.of("text", t.fonts().text(), "headings", t.fonts().headings(), "name", t.fonts().name());
        new TreeMap<>(fonts).forEach((k, f) -> {
            if (!FAMILY.matcher(f.css()).matches()) out.add(at.problem("fonts." + k + ".css", "fonts." + k + ".css: '" + f.css() + "' is not a font family name"));
            if (!NFSS.matcher(f.tex()).matches()) out.add(at.problem("fonts." + k + ".tex", "fonts." + k + ".tex: '" + f.tex() + "' is not an NFSS family (bch, phv, ptm, lmss, ...)"));
            if (!List.of("normal", "bold").contains(f.weight())) out.add(at.problem("fonts." + k + ".weight", "fonts." + k + ".weight: write normal or bold"));
        });
        Theme.Sizes s = t.sizes();
        if (s.body() < 7 || s.body() > 14) out.add(at.problem("sizes.body", "sizes.body: " + s.body() + " pt is outside 7–14 pt"));
        for (var e : Map.of("name", s.name(), "headline", s.headline(), "heading", s.heading(), "small", s.small(), "tiny", s.tiny()).entrySet()) {
            if (e.getValue() < 0.5 || e.getValue() > 4) out.add(at.problem("sizes." + e.getKey(), "sizes." + e.getKey() + ": a multiple of the body size between 0.5 and 4"));
        }
        Theme.Spacing sp = t.spacing();
        if (sp.leading() < 1 || sp.leading() > 2) out.add(at.problem("spacing.leading", "spacing.leading: between 1 and 2"));
        if (sp.margin() < 10 || sp.margin() > 40) out.add(at.problem("spacing.margin", "spacing.margin: between 10 and 40 mm"));
        if (sp.dateColumn() < 0 || sp.dateColumn() > 60) out.add(at.problem("spacing.dateColumn", "spacing.dateColumn: between 0 (none) and 60 mm"));
        return out;
    }
}
