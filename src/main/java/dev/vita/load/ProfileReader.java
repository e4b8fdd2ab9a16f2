package dev.vita.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.vita.model.PartialDate;
import dev.vita.model.Profile;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/** Reads profile.yaml strictly: unknown keys, tags, duplicate keys and wrong types are located errors. */
public final class ProfileReader {
    /** Profiles are hand-written text; anything larger is a mistake (or an attack). */
    static final long MAX_BYTES = 1 << 20;

    private final ObjectMapper mapper;
    private final YAMLFactory factory;

    public ProfileReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit((int) MAX_BYTES);
        factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        SimpleModule dates = new SimpleModule("vita-dates");
        dates.addDeserializer(PartialDate.class, new DateDeserializer());
        mapper = new ObjectMapper(factory)
                .registerModule(dates)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /** Reads and checks one profile file. */
    public Profile read(Path file) {
        String text = readText(file);
        refuseTags(file, text);
        Profile profile;
        try {
            profile = mapper.readValue(text, Profile.class);
        } catch (JsonProcessingException e) {
            throw new UserError(locate(file, e));
        }
        if (profile == null) throw new UserError(file, "the profile is empty");
        new ProfileChecks(file).check(profile);
        return profile;
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UserError(file, "file is larger than " + MAX_BYTES / 1024 + " KiB; a profile is hand-written text");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file, "no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UserError(file, "not valid UTF-8 text");
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
    }

    /**
     * Jackson would read {@code !include x.yaml} as the string "x.yaml"; a tag always means the author
     * expected something Vita does not do, so every tag is refused where it stands.
     */
    private void refuseTags(Path file, String text) {
        List<Problem> problems = new ArrayList<>();
        try (YAMLParser p = (YAMLParser) factory.createParser(text)) {
            while (p.nextToken() != null) {
                String tag = p.getTypeId();
                if (tag != null) {
                    JsonLocation at = p.currentTokenLocation();
                    problems.add(new Problem(file, at.getLineNr(), at.getColumnNr(),
                            "YAML tag '" + tag + "' is not supported: write the value itself"));
                }
            }
        } catch (JsonProcessingException e) {
            problems.add(locate(file, e));
        } catch (IOException e) {
            problems.add(Problem.of(file, "cannot read: " + e.getMessage()));
        }
        if (!problems.isEmpty()) throw new UserError(problems);
    }

    /** Turns Jackson's exception into one located line a person can act on. */
    static Problem locate(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int col = at == null ? 0 : at.getColumnNr();
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown key '" + u.getPropertyName() + "'" + suggestion(u.getPropertyName(), u.getKnownPropertyIds());
        } else if (e instanceof InvalidFormatException f) {
            message = path(f) + ": cannot read " + describe(f.getValue()) + " as " + typeName(f.getTargetType());
        } else if (e instanceof MismatchedInputException m) {
            String original = e.getOriginalMessage();
            if (original != null && original.startsWith("Cannot read date")) {
                message = path(m) + ": " + original.substring("Cannot read date: ".length());
            } else {
                message = path(m) + ": expected " + typeName(m.getTargetType());
            }
        } else {
            message = firstLine(e.getOriginalMessage());
        }
        return new Problem(file, line, col, message);
    }

    private static String path(MismatchedInputException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + (r.getIndex() + 1) + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return p.isEmpty() ? "profile" : p;
    }

    private static String typeName(Class<?> type) {
        if (type == null) return "a value";
        if (List.class.isAssignableFrom(type) || type.isArray()) return "a list (- item)";
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) return "a mapping (key: value)";
        if (type == String.class) return "text";
        if (type == Integer.class || type == int.class) return "a whole number";
        if (type == Boolean.class || type == boolean.class) return "true or false";
        if (type == PartialDate.class) return "a date";
        return type.getSimpleName();
    }

    private static String describe(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static String firstLine(String s) {
        if (s == null) return "cannot read this YAML";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** "did you mean" for misspelt keys: the known key nearest by edit distance, if near enough. */
    static String suggestion(String key, Collection<Object> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Object k : known) {
            int d = editDistance(key.toLowerCase(), k.toString().toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = k.toString();
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
            return " — did you mean '" + best + "'?";
        }
        return known.isEmpty() ? "" : " (known keys: " + known.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")) + ")";
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Dates accept several spellings; any other scalar is a located error. */
    private static final class DateDeserializer extends JsonDeserializer<PartialDate> {
        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (PartialDate) ctxt.handleUnexpectedToken(PartialDate.class, p);
            }
            try {
                return PartialDate.parse(p.getText());
            } catch (IllegalArgumentException e) {
                throw MismatchedInputException.from(p, PartialDate.class, "Cannot read date: " + e.getMessage());
            }
        }
    }
}
