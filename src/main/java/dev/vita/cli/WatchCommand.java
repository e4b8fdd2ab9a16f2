package dev.vita.cli;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vita watch}: one JVM that rebuilds whenever the profile, templates or fonts change. The
 * build keeps its parsed templates and fonts, so a rebuild runs warm; a mistake is printed and
 * the last good outputs stay.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Rebuild whenever the profile, templates or fonts change.")
final class WatchCommand implements Callable<Integer> {
    /** Saves often come as several events (write, rename); wait this long for the last one. */
    static final long DEBOUNCE_MS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    BuildOptions options;

    @Option(names = "--max-builds", hidden = true, description = "Stop after this many rebuilds (for tests and benchmarks).")
    int maxBuilds = Integer.MAX_VALUE;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Warnings warnings = new Warnings(p -> err.println("warning: " + p));
        Project project = options.source.project();
        List<Path> watched = new ArrayList<>(List.of(options.source.profile));
        watched.addAll(project.templateFolders());
        watched.add(project.workingDir().resolve("fonts"));
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            for (Path dir : watched) register(ws, dir);
            Build build = buildOnce(null, project, warnings, out, err);
            out.println("watching " + String.join(", ", watched.stream().filter(Files::isDirectory).map(Path::toString).toList()) + " (Ctrl-C stops)");
            for (int n = 0; n < maxBuilds; n++) {
                WatchKey key = ws.take();
                boolean themeChanged = drain(key, project);
                // collect the rest of this save before building
                WatchKey more;
                while ((more = ws.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) themeChanged |= drain(more, project);
                build = buildOnce(themeChanged ? null : build, project, warnings, out, err);
            }
        }
        return 0;
    }

    /** Builds, reusing the warm build unless templates or fonts changed; prints one timing line. */
    private Build buildOnce(Build warm, Project project, Warnings warnings, PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        Build build = warm;
        try {
            if (build == null) build = new Build(project, warnings);
            Build.Result r = build.run(options.toBuildOptions());
            r.fitReports().forEach(out::println);
            out.printf(Locale.ROOT, "rebuilt %d files in %d ms%n", r.artifacts().size(), (System.nanoTime() - t0) / 1_000_000);
        } catch (UserError e) {
            err.println(e.getMessage());
            err.printf(Locale.ROOT, "build failed after %d ms; the last good outputs are kept%n", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            // a bug or an input nothing bounded yet: report it and keep watching, as for a mistake
            err.println("vita: internal error: " + e);
            err.printf(Locale.ROOT, "build failed after %d ms; the last good outputs are kept (please report this)%n",
                    (System.nanoTime() - t0) / 1_000_000);
            build = null; // whatever state the failure left, the next build starts fresh
        }
        return build;
    }

    private static boolean drain(WatchKey key, Project project) {
        boolean theme = isTheme((Path) key.watchable(), project);
        key.pollEvents();
        key.reset();
        return theme;
    }

    private static boolean isTheme(Path dir, Project project) {
        return project.templateFolders().stream().anyMatch(dir::startsWith) || dir.startsWith(project.workingDir().resolve("fonts"));
    }

    private static void register(WatchService ws, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }
}
