package dev.vita;

import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the example academic (examples/academic: locale de, every entry kind, a photo) once per test run. */
public final class ExampleBuild {
    /** The example's profile folder. */
    public static final Path PROFILE = Path.of("examples/academic");
    private static Path out;

    private ExampleBuild() {}

    /** The output folder of the example's build. */
    public static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("vita-example");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new Build(Project.here(null), Warnings.quiet()).run(new Build.Options(PROFILE, out, "a4", List.of(), null));
        }
        return out;
    }
}
