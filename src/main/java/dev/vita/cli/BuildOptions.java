package dev.vita.cli;

import dev.vita.Build;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code watch} share. */
final class BuildOptions {
    /** Page sizes Vita can set. */
    enum PageSize { a4, letter }

    @Option(names = "--profile", defaultValue = "profile", description = "Profile folder (default: ${DEFAULT-VALUE}).")
    Path profile;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--page-size", defaultValue = "a4", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    PageSize pageSize;

    @Option(names = "--bib", description = "BibTeX file to use instead of the profile's (repeatable).")
    List<Path> bibs = new ArrayList<>();

    @Option(names = "--variant", description = "Build only this variant (cv, resume, …).")
    String variant;

    @Option(names = "--templates", description = "A theme: folder of templates that override the built-in ones by name.")
    Path templates;

    Build.Options toBuildOptions() {
        return new Build.Options(profile, out, pageSize.name(), bibs, variant);
    }
}
