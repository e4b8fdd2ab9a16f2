package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The plain build's own reader and picocli read every command line they both accept alike. */
class QuickBuildTest {
    static final List<List<String>> READ_BY_BOTH = List.of(
            List.of("build"),
            List.of("build", "--out", "/tmp/x"),
            List.of("build", "--out=/tmp/x", "--profile", "my profile"),
            List.of("build", "--page-size", "letter", "--variant", "resume"),
            List.of("build", "--page-size=a4", "--variant=cv", "--debug"),
            List.of("build", "--bib", "a.bib", "--bib=b.bib", "--templates", "theme"),
            List.of("build", "--debug", "--profile", "p", "--out", "o", "--bib", "x.bib"));

    static final List<List<String>> LEFT_TO_PICOCLI = List.of(
            List.of(),
            List.of("watch"),
            List.of("--debug", "build"),
            List.of("build", "--help"),
            List.of("build", "-h"),
            List.of("build", "--version"),
            List.of("build", "--out"),
            List.of("build", "--out", ""),
            List.of("build", "--out", "a", "--out", "b"),
            List.of("build", "--out", "--profile"),
            List.of("build", "--page-size", "A3"),
            List.of("build", "--page-size", "A4"),
            List.of("build", "extra"),
            List.of("build", "--outt", "x"),
            List.of("build", "@args.txt"),
            List.of("build", "--debug", "--debug"),
            List.of("build", "--debug=true"),
            List.of("build", "--", "--out"));

    @Test
    void bothReadersGiveTheSameBuild() {
        for (List<String> args : READ_BY_BOTH) {
            QuickBuild.Parsed quick = QuickBuild.parse(args.toArray(String[]::new));
            assertNotNull(quick, "read by the quick reader: " + args);
            Main main = new Main();
            CommandLine cl = new CommandLine(main);
            CommandLine.ParseResult parsed = cl.parseArgs(args.toArray(String[]::new));
            BuildOptions picocli = ((BuildCommand) parsed.subcommand().commandSpec().userObject()).options;
            assertEquals(picocli.toBuildOptions(), quick.options().toBuildOptions(), args.toString());
            assertEquals(picocli.source.templates, quick.options().source.templates, args.toString());
            assertEquals(main.debug, quick.debug(), args.toString());
        }
    }

    @Test
    void everythingElseIsLeftToPicocli() {
        for (List<String> args : LEFT_TO_PICOCLI) assertNull(QuickBuild.parse(args.toArray(String[]::new)), args.toString());
    }

    /** An option added to build must be taught to the quick reader too, or a plain build would ignore it. */
    @Test
    void theQuickReaderKnowsEveryOptionOfBuild() {
        CommandLine build = new CommandLine(new Main()).getSubcommands().get("build");
        TreeSet<String> unknown = new TreeSet<>();
        for (OptionSpec o : build.getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) continue;
            for (String name : o.names()) {
                if (!QuickBuild.OPTIONS.contains(name)) unknown.add(name);
            }
        }
        assertTrue(unknown.isEmpty(), "options QuickBuild does not read: " + unknown);
    }
}
