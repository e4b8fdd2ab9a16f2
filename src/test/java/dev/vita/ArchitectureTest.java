package dev.vita;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Data flows one way: each stage's package may use only the stages before it (ARCHITECTURE.md). */
class ArchitectureTest {
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "model", Set.of(),
            "problem", Set.of(),
            "load", Set.of("model", "problem"),
            "select", Set.of("model", "problem"),
            "render", Set.of("model", "problem", "select"),
            "emit", Set.of("model", "problem", "select", "render"),
            "fit", Set.of("model", "problem", "select", "emit"),
            "importer", Set.of("model", "problem", "load", "select", "emit"),
            "cli", Set.of("model", "problem", "load", "select", "render", "emit", "fit", "importer"));
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.vita\\.([a-z]+)\\.");

    @Test
    void everyPackageUsesOnlyTheStagesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/dev/vita");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = root.relativize(f);
                if (rel.getNameCount() < 2) continue; // the pipeline itself (Build, Project) may use every stage
                String pkg = rel.getName(0).toString();
                Set<String> allowed = MAY_USE.get(pkg);
                Matcher m = REFERENCE.matcher(Files.readString(f));
                while (m.find()) {
                    String used = m.group(1);
                    if (!used.equals(pkg) && (allowed == null || !allowed.contains(used))) {
                        violations.add(rel + " uses dev.vita." + used);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }
}
