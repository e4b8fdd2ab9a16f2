package dev.vita.cli;

import dev.vita.Build;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code watch} share: what to read, where to write, which variant. */
final class BuildOptions {
    /** Page sizes Vita can set. */
    enum PageSize { a4, letter }

    @Mixin
    SourceOptions source;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--page-size", defaultValue = "a4", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    PageSize pageSize;

    @Option(names = "--variant", description = "Build only this variant (cv, resume, …).")
    String variant;

    Build.Options toBuildOptions() {
        return new Build.Options(source.profile, out, pageSize.name(), source.bibs, variant, source.theme);
    }
}
