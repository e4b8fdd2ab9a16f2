package dev.vita.cli;

import dev.vita.load.ProfileSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vita schema}: the JSON Schema of profile.yaml, for editors' completion and checks. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of profile.yaml (vita schema > profile/profile.schema.json).")
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ProfileSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
