package dev.vita;

import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the sample profile once per test run (and per theme) into a temporary folder; tests read the real outputs. */
public final class SampleBuild {
    /** The themes Vita ships; every per-theme test runs over these. */
    public static final List<String> THEMES = List.of("classic", "engineering", "academic");
    private static final Map<String, Path> OUT = new HashMap<>();

    private SampleBuild() {}

    /** The output folder of the sample's build in its own theme (classic). */
    public static Path out() {
        return out(null);
    }

    /** The output folder of the sample's build with this theme (null: the profile's). */
    public static synchronized Path out(String theme) {
        return OUT.computeIfAbsent(theme == null ? "" : theme, key -> {
            Path out;
            try {
                out = Files.createTempDirectory("vita-sample" + (theme == null ? "" : "-" + theme));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new Build(Project.here(null), Warnings.quiet())
                    .run(new Build.Options(Path.of("profile"), out, "a4", List.of(), null, theme));
            return out;
        });
    }
}
