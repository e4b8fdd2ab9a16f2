package dev.vita.cli;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vita build}: every artifact of every variant, one line each. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build all documents into the output folder.")
final class BuildCommand implements Callable<Integer> {
    /** Page sizes Vita can set. */
    enum PageSize { a4, letter }

    @Spec
    CommandSpec spec;

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

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var outW = spec.commandLine().getOut();
        Warnings warnings = new Warnings(p -> err.println("warning: " + p));
        long t0 = System.nanoTime();
        Build.Result result = new Build(Project.here(templates), warnings)
                .run(new Build.Options(profile, out, pageSize.name(), bibs, variant));
        List<Artifact> artifacts = result.artifacts();
        for (Artifact a : artifacts) {
            outW.printf(Locale.ROOT, "%-20s %9s %6d ms%n", out.resolve(a.name()), size(a.content().length), a.millis());
        }
        result.fitReports().forEach(outW::println);
        outW.printf(Locale.ROOT, "built %d files in %d ms%n", artifacts.size(), (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }

    static String size(long bytes) {
        return bytes < 10_240 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
