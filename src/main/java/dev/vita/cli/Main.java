package dev.vita.cli;

import dev.vita.Version;
import dev.vita.problem.UserError;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code vita} command: exit 0 on success, 2 on a user's mistake, 1 on an internal error. */
@Command(name = "vita",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Builds a CV, a one-page résumé, LaTeX, HTML and BibTeX from one profile.",
        subcommands = {BuildCommand.class, WatchCommand.class, ValidateCommand.class, SchemaCommand.class, NewCommand.class, ImportCommand.class, ThemesCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of internal errors.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        QuickBuild.Parsed build = QuickBuild.parse(args);
        if (build != null) {
            try {
                return BuildCommand.run(build.options(), out, err);
            } catch (Exception e) {
                return failed(e, build.debug(), err);
            }
        }
        Main main = new Main();
        CommandLine cl = new CommandLine(main);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, main.debug, err));
        return cl.execute(args);
    }

    /** A command's failure: a user's mistake as its one-line message, anything else as an internal error. */
    private static int failed(Exception e, boolean debug, PrintWriter err) {
        if (e instanceof UserError u) {
            err.println(u.getMessage());
            return USER_ERROR;
        }
        err.println("vita: internal error: " + e);
        if (debug) e.printStackTrace(err);
        else err.println("(run with --debug for details; please report this)");
        return INTERNAL_ERROR;
    }

    /** Reads the version Maven recorded. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"vita " + Version.get()};
        }
    }
}
