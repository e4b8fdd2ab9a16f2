package dev.vita;

import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds the sample profile once per test run into a temporary folder; tests read the real outputs. */
public final class SampleBuild {
    private static Path out;

    private SampleBuild() {}

    /** The output folder of the sample's build. */
    public static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("vita-sample");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            new Build(Project.here(null), Warnings.quiet())
                    .run(new Build.Options(Path.of("profile"), out, "a4", List.of(), null));
        }
        return out;
    }
}
