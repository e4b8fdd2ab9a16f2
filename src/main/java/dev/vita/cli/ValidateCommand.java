package dev.vita.cli;

import dev.vita.Build;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vita validate}: every check a build makes, templates and PDF included, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the profile, its BibTeX and the templates without writing anything.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--profile", defaultValue = "profile", description = "Profile folder (default: ${DEFAULT-VALUE}).")
    Path profile;

    @Option(names = "--bib", description = "BibTeX file to use instead of the profile's (repeatable).")
    List<Path> bibs = new ArrayList<>();

    @Option(names = "--templates", description = "A theme: folder of templates that override the built-in ones by name.")
    Path templates;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        AtomicInteger count = new AtomicInteger();
        Warnings warnings = new Warnings(p -> {
            count.incrementAndGet();
            err.println("warning: " + p);
        });
        List<Artifact> made = new Build(BuildCommand.project(templates), warnings)
                .make(new Build.Options(profile, null, "a4", bibs, null)).artifacts();
        spec.commandLine().getOut().printf("%s: ok (%d documents would be built, %d warnings)%n",
                profile, made.size(), count.get());
        return 0;
    }
}
