package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated schema: stable unless the model changes on purpose, and true to what the reader accepts. */
class ProfileSchemaTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/profile.schema.json");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ProfileSchema.json());
    }

    static List<Error> check(String yaml) throws Exception {
        JsonNode data = YAML.readTree(yaml);
        return schema().validate(data);
    }

    @Test
    void matchesTheGoldenCopySoModelChangesAreSeen() throws Exception {
        String now = ProfileSchema.json();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, now);
        }
        assertEquals(Files.readString(GOLDEN), now,
                "the profile's schema changed; if on purpose, run mvn test -Dgolden.update=true and commit the golden file");
    }

    @Test
    void theSampleAndTheStarterProfileValidate() throws Exception {
        assertEquals(List.of(), check(Files.readString(Path.of("profile/profile.yaml"))));
        assertEquals(List.of(), check(Files.readString(Path.of("src/main/starter/profile.yaml"))));
    }

    @Test
    void aMisspeltKeyAMissingRequiredFieldAndAWrongTypeAreCaught() throws Exception {
        String sample = Files.readString(Path.of("profile/profile.yaml"));
        List<Error> misspelt = check(sample.replaceFirst("(?m)^education:", "eductaion:"));
        assertTrue(misspelt.stream().anyMatch(e -> e.toString().contains("eductaion")), misspelt.toString());
        List<Error> missing = check("experience:\n  - role: Engineer\n");
        assertTrue(missing.stream().anyMatch(e -> e.toString().contains("name")), missing.toString());
        assertTrue(missing.stream().anyMatch(e -> e.toString().contains("organization")), missing.toString());
        assertFalse(check("name: A\ninterests: Compilers\n").isEmpty());
    }

    @Test
    void datesMayBeYearsOrText() throws Exception {
        assertEquals(List.of(), check("name: A\nprojects:\n  - name: P\n    start: 2024\n    end: Jan 2025\n"));
    }
}
