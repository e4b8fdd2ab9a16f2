package dev.vita.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.vita.SampleBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * out/resume.json is valid JSON Resume (the official schema 1.3.1, committed beside the fixtures)
 * and {@code vita import} of it gives back a profile with the same facts.
 */
class RoundTripTest {
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(read(Path.of("src/test/resources/jsonresume/schema-1.3.1.json")));

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Error> validate(Path resumeJson) throws IOException {
        return SCHEMA.validate(new ObjectMapper().readTree(resumeJson.toFile()));
    }

    @Test
    void theSamplesExportIsValidJsonResume() throws IOException {
        Path json = SampleBuild.out().resolve("resume.json");
        assertEquals(List.of(), validate(json));
        String text = Files.readString(json);
        assertTrue(text.contains("\"$schema\" : \"https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json\""), text);
    }

    @Test
    void theSchemaCatchesWhatIsNotJsonResume(@TempDir Path tmp) throws IOException {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"basics\": {\"name\": 7}, \"work\": [{\"startDate\": \"present\"}]}");
        assertEquals(2, validate(bad).size(), "a check that cannot fail is no check");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jsonresume/complete.resume.json", "jsonresume/wild-shapes.resume.json",
            "rendercv/Mirela_Placeholder_CV.yaml", "rendercv/Kwame_Fabricated_CV.yaml"})
    void anExportImportsBackWithTheSameFacts(String fixture, @TempDir Path tmp) throws IOException {
        Path source = ImportBuildTest.FIXTURES.resolve(fixture);
        ImportBuildTest.Built first = ImportBuildTest.importAndBuild(source, tmp.resolve("first"));
        Path exported = tmp.resolve("first/out/resume.json");
        assertEquals(List.of(), validate(exported), fixture);
        ImportBuildTest.Built again = ImportBuildTest.importAndBuild(exported, tmp.resolve("again"));
        Map<String, String> missing = Facts.missing(Facts.of(source), again.text());
        missing.keySet().removeIf(path -> first.report().notCarried().stream()
                .anyMatch(n -> n.startsWith(path + ":") || n.startsWith("cv." + path + ":")));
        assertEquals(Map.of(), missing, "facts lost on the way out and back in:\n" + Files.readString(exported));
        assertEquals(List.of(), again.warnings());
        assertEquals(List.of(), again.report().notCarried(), "Vita's own export is read entirely");
    }
}
