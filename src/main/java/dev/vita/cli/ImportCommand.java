package dev.vita.cli;

import dev.vita.importer.Imported;
import dev.vita.importer.ProfileFolder;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vita import FILE --to DIR}: another format read back into a profile folder (the format picked by the file's type). */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Make a profile folder from FILE: a PDF built with --embed-source gives back its profile.yaml and bib files;",
                "a JSON Resume (.json) or RenderCV (.yaml) file becomes profile.yaml (+ publications.bib), with a report of what was not carried."})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "DIR", description = "A new or empty folder to write the profile into.")
    Path to;

    @Override
    public Integer call() {
        Imported imported = ProfileFolder.importInto(file, to);
        Map<String, byte[]> files = imported.files();
        var out = spec.commandLine().getOut();
        files.forEach((name, bytes) -> out.println(to.resolve(name) + "  " + BuildCommand.size(bytes.length)));
        out.println("imported " + files.size() + " files from " + file);
        imported.report().lines().forEach(out::println);
        if (files.containsKey("profile.yaml")) out.println("next: vita build --profile " + to);
        return 0;
    }
}
