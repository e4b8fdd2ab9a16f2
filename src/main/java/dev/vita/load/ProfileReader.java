package dev.vita.load;

import dev.vita.model.Profile;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads profile.yaml strictly and reports every problem of the file at once, located: syntax,
 * tags, duplicate and unknown keys, wrong types, missing fields, dates, e-mail and URLs.
 * YAML that could hide or multiply data (tags, merge keys, many aliases, huge files) is refused.
 */
public final class ProfileReader {
    /** Profiles are hand-written text; anything larger is a mistake (or an attack). */
    static final int MAX_BYTES = 1 << 20;
    /** Aliases of lists and mappings; a few are handy, thousands are a billion-laughs bomb. */
    static final int MAX_ALIASES = 50;

    /** A profile with where each of its values stands in the file, and what was odd in it (warnings). */
    public record Located(Profile profile, Locations locations, List<Problem> warnings) {}

    /** Reads and checks one profile file. */
    public Profile read(Path file) {
        return readLocated(file).profile();
    }

    /** Reads and checks one profile file, keeping the locations for later checks. */
    public Located readLocated(Path file) {
        String text = readText(file);
        List<Problem> controls = ControlCharacters.find(file, text);
        if (!controls.isEmpty()) throw new UserError(controls);
        Yaml yaml = new Yaml(options());
        List<Problem> problems = new ArrayList<>();
        try {
            refuseTags(file, yaml.parse(new StringReader(text)), problems);
            if (!problems.isEmpty()) throw new UserError(problems);
            Node root = yaml.compose(new StringReader(text));
            YamlChecker checker = new YamlChecker(file);
            Map<String, Object> tree = checker.checkRoot(root, Profile.class);
            problems.addAll(checker.problems());
            Profile profile = tree == null ? null : ModelBinding.MAPPER.convertValue(tree, Profile.class);
            if (profile != null) problems.addAll(new ProfileChecks(checker.locations()).check(profile));
            if (!problems.isEmpty()) throw new UserError(sorted(problems));
            return new Located(profile, checker.locations(), List.copyOf(checker.warnings()));
        } catch (MarkedYAMLException e) {
            throw new UserError(syntax(file, e));
        } catch (YAMLException e) {
            throw new UserError(file, refusal(e.getMessage()));
        }
    }

    static LoaderOptions options() {
        LoaderOptions o = new LoaderOptions();
        o.setMaxAliasesForCollections(MAX_ALIASES);
        o.setAllowRecursiveKeys(false);
        o.setNestingDepthLimit(40);
        o.setCodePointLimit(MAX_BYTES);
        o.setAllowDuplicateKeys(false);
        return o;
    }

    static String readText(Path file) {
        try {
            if (Files.isDirectory(file)) throw new UserError(file, "is a folder, not a file");
            if (Files.size(file) > MAX_BYTES) {
                throw new UserError(file, "file is larger than " + MAX_BYTES / 1024 + " KiB; a profile is hand-written text");
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new UserError(file, "no such file");
        } catch (AccessDeniedException e) {
            throw new UserError(file, "cannot read: permission denied");
        } catch (CharacterCodingException e) {
            throw new UserError(file, "not UTF-8 text: save the file as UTF-8");
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * A lenient loader reads {@code !include x.yaml} as the string "x.yaml"; a tag always means the
     * author expected something Vita does not do, so every tag is refused where it stands.
     */
    static void refuseTags(Path file, Iterable<Event> events, List<Problem> problems) {
        for (Event e : events) {
            String tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                Mark m = e.getStartMark();
                problems.add(new Problem(file, m.getLine() + 1, m.getColumn() + 1,
                        "YAML tag '" + tag + "' is not supported: write the value itself"));
            }
        }
    }

    /** SnakeYAML's syntax message, as one line a person can act on. */
    static Problem syntax(Path file, MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() == null ? "cannot read this YAML" : e.getProblem();
        problem = problem.replace("<stream end>", "the end of the file")
                .replace("<block end>", "the end of an indented block")
                .replace("<block mapping start>", "a new indented mapping")
                .replaceAll("\\s+", " ").strip();
        String message;
        if (problem.contains("exceeds the specified") || problem.contains("Number of aliases")) {
            message = refusal(problem);
        } else if (problem.contains("single document") || String.valueOf(e.getContext()).contains("single document")) {
            message = refusal("expected a single document");
        } else {
            StringBuilder sb = new StringBuilder("YAML syntax error: ").append(problem);
            if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != m) {
                sb.append(" (").append(e.getContext().strip()).append(" at line ")
                        .append(e.getContextMark().getLine() + 1).append(')');
            }
            message = problem.contains("\\t") ? "YAML syntax error: a tab character; indent with spaces, not tabs" : sb.toString();
        }
        return m == null ? Problem.of(file, message) : new Problem(file, m.getLine() + 1, m.getColumn() + 1, message);
    }

    /** Limits SnakeYAML enforces, said in words. */
    static String refusal(String message) {
        String m = message == null ? "" : message;
        if (m.contains("aliases")) {
            return "too many YAML aliases (more than " + MAX_ALIASES + "): refused, as aliases can multiply data without limit";
        }
        if (m.contains("code points") || m.contains("exceeds the limit")) {
            return "file is larger than " + MAX_BYTES / 1024 + " KiB; a profile is hand-written text";
        }
        if (m.contains("Nesting Depth")) return "nested too deeply (more than 40 levels)";
        if (m.contains("expected a single document")) return "more than one YAML document (---): put everything in one";
        return "cannot read this YAML: " + m.lines().findFirst().orElse("");
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }
}
