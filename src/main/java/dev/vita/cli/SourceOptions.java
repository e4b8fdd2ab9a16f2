package dev.vita.cli;

import dev.vita.Project;
import dev.vita.problem.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What a command reads: the profile folder, BibTeX files instead of the profile's, a theme, a templates folder. */
final class SourceOptions {
    @Option(names = "--profile", defaultValue = "profile", description = "Profile folder (default: ${DEFAULT-VALUE}).")
    Path profile;

    @Option(names = "--bib", description = "BibTeX file to use instead of the profile's (repeatable).")
    List<Path> bibs = new ArrayList<>();

    @Option(names = "--theme", description = "The look (vita themes lists them); overrides the profile's theme.")
    String theme;

    @Option(names = "--templates", description = "A theme: folder of templates that override the built-in ones by name.")
    Path templates;

    /** The project in the working directory; a theme folder the user names must exist. */
    Project project() {
        if (templates != null && !Files.isDirectory(templates)) throw new UserError(templates, "templates folder not found");
        return Project.here(templates);
    }
}
