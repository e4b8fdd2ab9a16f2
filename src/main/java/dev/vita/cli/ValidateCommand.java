package dev.vita.cli;

import dev.vita.Build;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code vita validate}: every check a build makes, templates and PDF included, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the profile, its BibTeX and the templates without writing anything.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        AtomicInteger count = new AtomicInteger();
        Warnings warnings = new Warnings(p -> {
            count.incrementAndGet();
            err.println("warning: " + p);
        });
        List<Artifact> made = new Build(source.project(), warnings)
                .make(new Build.Options(source.profile, null, "a4", source.bibs, null, source.theme)).artifacts();
        spec.commandLine().getOut().printf("%s: ok (%d documents would be built, %d warnings)%n",
                source.profile, made.size(), count.get());
        return 0;
    }
}
