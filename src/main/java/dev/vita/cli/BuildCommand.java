package dev.vita.cli;

import dev.vita.Build;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vita build}: every artifact of every variant, one line each, then the fit reports. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build all documents into the output folder.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BuildOptions options;

    @Override
    public Integer call() {
        return run(options, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Builds with these options, printing to these streams; the exit code. */
    static int run(BuildOptions options, PrintWriter out, PrintWriter err) {
        Warnings warnings = new Warnings(p -> err.println("warning: " + p));
        long t0 = System.nanoTime();
        Build.Result result = new Build(options.source.project(), warnings).run(options.toBuildOptions());
        for (Artifact a : result.artifacts()) {
            out.printf(Locale.ROOT, "%-20s %9s %6d ms%n", options.out.resolve(a.name()), size(a.content().length), a.millis());
        }
        result.fitReports().forEach(out::println);
        out.printf(Locale.ROOT, "built %d files in %d ms%n", result.artifacts().size(), (System.nanoTime() - t0) / 1_000_000);
        return 0;
    }

    static String size(long bytes) {
        return bytes < 10_240 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }
}
