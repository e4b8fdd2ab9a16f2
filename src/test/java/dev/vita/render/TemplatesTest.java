package dev.vita.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vita.problem.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A theme's template runs restricted: no class instantiation, no ?api, no Java beyond Vita's types, no files outside. */
class TemplatesTest {
    /** Stands in for the model: a Vita type with one method. */
    public record Person(String name) {}

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ?new of Execute    | ${"freemarker.template.utility.Execute"?new()("id")} | 1:1: template error: Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons.
            ?new of ObjectConstructor | ${"freemarker.template.utility.ObjectConstructor"?new()("java.io.File", "/etc/passwd")} | 1:1: template error: Instantiating freemarker.template.utility.ObjectConstructor is not allowed in the template for security reasons.
            ?api               | ${p?api.getClass()}                                  | 1:3: template error: Can't use ?api, because the "api_builtin_enabled" configuration setting is false. Think twice before you set it to true though. Especially, it shouldn't abused for modifying Map-s and Collection-s.
            getClass()         | ${p.getClass().forName("java.lang.Runtime")}         | 1:3: template error: 'p.getClass' is missing (null or not defined); test it with ?? or give a default with !
            class property     | ${p.class.classLoader}                               | 1:3: template error: 'p.class' is missing (null or not defined); test it with ?? or give a default with !
            include /etc/passwd | <#include "/../../../../../etc/passwd">             | 1:1: template error: template '../../../../../etc/passwd' not found
            """)
    void refused(String what, String template, String message, @TempDir Path theme) throws Exception {
        Files.writeString(theme.resolve("t.ftlh"), template);
        UserError e = assertThrows(UserError.class,
                () -> new Templates(List.of(theme)).render("t.ftlh", Map.of("p", new Person("Ada"))));
        assertEquals(theme.resolve("t.ftlh") + ":" + message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            record accessor | ${p.name()} ${p.name} | Ada Ada
            """)
    void vitaTypesStillWork(String what, String template, String expected, @TempDir Path theme) throws Exception {
        Files.writeString(theme.resolve("t.ftlh"), template);
        assertEquals(expected, new Templates(List.of(theme)).render("t.ftlh", Map.of("p", new Person("Ada"))));
    }

    /** Both variants render the same template side by side: the second to ask must see the same located error. */
    @org.junit.jupiter.api.Test
    void aSyntaxErrorIsLocatedForEveryRenderNotOnlyTheFirst(@TempDir Path theme) throws Exception {
        Files.writeString(theme.resolve("t.ftlh"), "<#if true>\nunclosed\n");
        Templates templates = new Templates(List.of(theme));
        String first = assertThrows(UserError.class, () -> templates.render("t.ftlh", Map.of())).getMessage();
        String second = assertThrows(UserError.class, () -> templates.render("t.ftlh", Map.of())).getMessage();
        assertEquals(first, second);
        assertEquals(true, first.startsWith(theme.resolve("t.ftlh") + ":2:9: template syntax error"), first);
    }
}
