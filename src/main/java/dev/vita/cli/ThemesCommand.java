package dev.vita.cli;

import dev.vita.Project;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vita themes}: one line per theme, its name and what it looks like. */
@Command(name = "themes", mixinStandardHelpOptions = true,
        description = "List the themes (use one with --theme NAME or theme: NAME in profile.yaml).")
final class ThemesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var catalog = Project.here(null).themes();
        var out = spec.commandLine().getOut();
        for (String name : catalog.names()) {
            out.printf(Locale.ROOT, "%-12s %s%n", name, catalog.get(name).theme().description());
        }
        return 0;
    }
}
