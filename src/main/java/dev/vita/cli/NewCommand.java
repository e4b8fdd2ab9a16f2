package dev.vita.cli;

import dev.vita.load.ProfileSchema;
import dev.vita.problem.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vita new [DIR]}: a commented starter profile that builds at once; never overwrites. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a starter profile (profile.yaml, publications.bib, profile.schema.json) into DIR.")
final class NewCommand implements Callable<Integer> {
    static final List<String> STARTER = List.of("profile.yaml", "publications.bib");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = "profile", description = "Folder to create (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        for (String name : List.of("profile.yaml", "profile.yml", "publications.bib")) {
            if (Files.exists(dir.resolve(name))) {
                throw new UserError(dir.resolve(name), "already exists; vita new never overwrites a profile");
            }
        }
        try {
            Files.createDirectories(dir);
            for (String name : STARTER) {
                try (InputStream in = NewCommand.class.getResourceAsStream("/vita/starter/" + name)) {
                    if (in == null) throw new IllegalStateException("the jar lacks its starter " + name);
                    Files.write(dir.resolve(name), in.readAllBytes());
                }
            }
            Files.writeString(dir.resolve("profile.schema.json"), ProfileSchema.json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(dir, "cannot write the starter profile: " + e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.println("wrote " + dir.resolve("profile.yaml") + ", publications.bib and profile.schema.json");
        out.println("next: edit " + dir.resolve("profile.yaml") + ", then: vita build --profile " + dir);
        return 0;
    }
}
