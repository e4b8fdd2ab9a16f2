package dev.vita.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON file strictly into maps, lists and text (numbers and booleans as their text). JSON
 * as people hand-edit it — comments, trailing commas, single quotes, duplicate keys — is an error
 * at file:line:column that says what to change, never a stack trace.
 */
final class JsonSource {
    static final int MAX_BYTES = 1 << 20;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonSource() {}

    static Object read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new UserError(file, "is a folder, not a file");
            if (Files.size(file) > MAX_BYTES) throw new UserError(file, "file is larger than " + MAX_BYTES / 1024 + " KiB; a CV is hand-written text");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(file, "no such file");
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new UserError(file, "the file is empty");
            Object value = value(p, t);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new UserError(located(file, p.currentTokenLocation(), "more after the end of the JSON value; a file holds one object"));
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new UserError(located(file, e.getLocation(), message(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UserError(file, "cannot read: " + e.getMessage());
        }
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return m;
            }
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                JsonToken x;
                while ((x = p.nextToken()) != JsonToken.END_ARRAY) l.add(value(p, x));
                return l;
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }

    private static Problem located(Path file, JsonLocation at, String message) {
        if (at == null) return Problem.of(file, message);
        return new Problem(file, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), message);
    }

    /** Jackson's message in words a person editing the file can act on. */
    static String message(String jackson) {
        String m = jackson == null ? "" : jackson.lines().findFirst().orElse("");
        if (m.contains("(code 47)") || m.contains("comment")) {
            return "JSON has no comments: remove the // or /* */ text (or the '#' line)";
        }
        if (m.contains("(code 35)")) return "JSON has no comments: remove the '#' line";
        if (m.contains("(code 125)") && m.contains("field name")) return "a comma before '}' with nothing after it: JSON allows no trailing comma";
        if (m.contains("(code 93)")) return "a comma before ']' with nothing after it: JSON allows no trailing comma";
        if (m.contains("(code 39)")) return "JSON strings take double quotes (\"), not single quotes";
        if (m.startsWith("Duplicate field")) return "duplicate key " + m.substring("Duplicate field ".length());
        if (m.contains("end-of-input") || m.contains("Unexpected end")) return "the file ends before the JSON does: a missing '}' or ']'?";
        return "JSON syntax error: " + m.replaceAll("\\s*\\(code \\d+\\)", "");
    }
}
