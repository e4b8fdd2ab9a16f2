package dev.vita.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Whatever text a source holds, the written YAML reads back as exactly that text. */
class YamlWriterTest {
    private static Object load(String yaml) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    @Property(tries = 500)
    void anyTextReadsBackUnchanged(@ForAll String text) {
        String clean = text.strip(); // the draft strips text, as sources pad it
        if (clean.isEmpty()) return;
        YamlMap m = new YamlMap().put("k", clean).put("l", List.of(clean));
        String yaml = YamlWriter.write(List.of(), m);
        Object back;
        try {
            back = load(yaml);
        } catch (RuntimeException e) {
            throw new AssertionError("cannot read back " + yaml.codePoints().mapToObj(Integer::toHexString).toList(), e);
        }
        assertEquals(Map.of("k", clean, "l", List.of(clean)), back);
    }

    @Test
    void wordsYamlWouldReadAsOtherTypesAreQuoted() {
        for (String s : List.of("yes", "No", "null", "true", "3.9", "+41 44", "1e3", "**bold**", "- item", "a: b", "x #y", "'07", "@me", "!tag", "%x")) {
            assertEquals(Map.of("k", s), load(YamlWriter.write(List.of(), new YamlMap().put("k", s))), s);
        }
        assertEquals("Zürich, CH", YamlWriter.scalar("Zürich, CH"));
        assertEquals("2024-03", YamlWriter.scalar("2024-03"));
        assertEquals("\"**bold**\"", YamlWriter.scalar("**bold**"));
    }

    @Test
    void commentsStandAboveTheirKeysAndEntries() {
        YamlMap entry = new YamlMap().put("title", "A").put("date", "2024");
        entry.comment("title", "first entry");
        YamlMap root = new YamlMap().put("name", "Ada").put("awards", List.of(entry));
        root.comment("awards", "from awards");
        String yaml = YamlWriter.write(List.of("head"), root);
        assertEquals("# head\n\nname: Ada\n\n# from awards\nawards:\n  # first entry\n  - title: A\n    date: 2024\n", yaml);
    }
}
