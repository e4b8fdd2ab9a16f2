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
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code vita watch}: one JVM that rebuilds whenever a file the last build read changes — the
 * profile, its BibTeX files wherever they are, templates, themes or fonts — and never on its own outputs.
 * The build keeps its parsed templates and fonts, so a rebuild runs warm; a mistake is printed
 * and the last good outputs stay. A watched folder that is deleted and made again is watched again.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Rebuild whenever the profile, templates, themes or fonts change.")
final class WatchCommand implements Callable<Integer> {
    /** Saves often come as several events (write, rename); wait this long for the last one. */
    static final long DEBOUNCE_MS = 10;
    /** The hidden files a build writes beside its outputs ({@code .NAME.PID.N.tmp}); never a reason to rebuild. */
    private static final Pattern OWN_TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.\\d+\\.(tmp|old)");

    @Spec
    CommandSpec spec;

    @Mixin
    BuildOptions options;

    @Option(names = "--max-builds", hidden = true, description = "Stop after this many rebuilds (for tests and benchmarks).")
    int maxBuilds = Integer.MAX_VALUE;

    /** Files the last build read (by the path it used and the path links lead to). */
    private final Set<Path> inputs = new LinkedHashSet<>();
    /** Folders watched and their keys; a key turns invalid when its folder is deleted. */
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private boolean lastFailed;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Warnings warnings = new Warnings(p -> err.println("warning: " + p));
        Project project = options.source.project();
        options.toBuildOptions(); // options no build can use (an empty --out) stop watch at once
        remember(List.of(options.source.profile.resolve("profile.yaml"), options.source.profile.resolve("profile.yml")));
        remember(options.source.bibs);
        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            sync(ws, project); // before the first build, so no save during it is missed
            Build build = buildOnce(null, project, warnings, out, err);
            sync(ws, project);
            List<Path> theme = themeFolders(project);
            out.println("watching " + String.join(", ", folders(project).stream().filter(Files::isDirectory)
                    .filter(f -> theme.contains(f) || theme.stream().noneMatch(f::startsWith)).map(Path::toString).toList()) + " (Ctrl-C stops)");
            for (int n = 0; n < maxBuilds; ) {
                WatchKey key = ws.take();
                Change c = drain(key, project);
                // collect the rest of this save before building
                WatchKey more;
                while ((more = ws.poll(DEBOUNCE_MS, TimeUnit.MILLISECONDS)) != null) c = c.and(drain(more, project));
                if (sync(ws, project)) c = c.and(new Change(true, false)); // a watched folder came back
                if (!c.rebuild()) continue;
                build = buildOnce(c.theme() ? null : build, project, warnings, out, err);
                sync(ws, project); // the build may have named files elsewhere (a new bib: entry)
                n++;
            }
        }
        return 0;
    }

    /** What a batch of events asks for: a rebuild, and whether templates or fonts changed. */
    private record Change(boolean rebuild, boolean theme) {
        Change and(Change o) {
            return new Change(rebuild || o.rebuild, theme || o.theme);
        }
    }

    /** Builds, reusing the warm build unless templates, themes or fonts changed; prints one timing line. */
    private Build buildOnce(Build warm, Project project, Warnings warnings, PrintWriter out, PrintWriter err) {
        long t0 = System.nanoTime();
        Build build = warm;
        lastFailed = true;
        try {
            if (build == null) build = new Build(project, warnings);
            Build.Result r = build.run(options.toBuildOptions());
            inputs.clear();
            remember(List.of(options.source.profile.resolve("profile.yaml"), options.source.profile.resolve("profile.yml")));
            remember(r.inputs());
            lastFailed = false;
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

    private void remember(List<Path> files) {
        for (Path f : files) {
            inputs.add(f.toAbsolutePath().normalize());
            try {
                if (Files.exists(f)) inputs.add(f.toRealPath());
            } catch (IOException e) {
                // a link that leads nowhere: the path itself is watched
            }
        }
    }

    /** Template, theme and font folders: every file in them counts, a new one may override a built-in. */
    private static List<Path> themeFolders(Project project) {
        List<Path> out = new ArrayList<>();
        for (Path p : project.templateFolders()) out.add(p.toAbsolutePath().normalize());
        out.add(project.workingDir().resolve("fonts").toAbsolutePath().normalize());
        out.add(project.workingDir().resolve("themes").toAbsolutePath().normalize());
        return out;
    }

    /** Every folder to watch: the profile's, each input's, and the theme folders. */
    private List<Path> folders(Project project) {
        Set<Path> out = new LinkedHashSet<>();
        out.add(options.source.profile.toAbsolutePath().normalize());
        for (Path in : inputs) {
            if (in.getParent() != null) out.add(in.getParent());
        }
        out.addAll(themeFolders(project));
        return new ArrayList<>(out);
    }

    private Path outDir() {
        return options.out.toAbsolutePath().normalize();
    }

    /**
     * Registers every folder that should be watched and is not (again, after it was deleted and
     * made anew); for one that is missing, its nearest existing parent, to see it come back.
     * Returns true when a folder that had been watched before came back.
     */
    private boolean sync(WatchService ws, Project project) throws IOException {
        boolean back = false;
        Set<Path> theme = new LinkedHashSet<>(themeFolders(project));
        for (Path dir : folders(project)) {
            if (Files.isDirectory(dir)) {
                boolean recursive = theme.contains(dir);
                try (Stream<Path> dirs = recursive ? Files.walk(dir) : Stream.of(dir)) {
                    for (Path d : dirs.filter(Files::isDirectory).toList()) {
                        if (d.startsWith(outDir()) && !d.equals(dir)) continue; // never our own outputs
                        WatchKey k = keys.get(d);
                        if (k != null && k.isValid()) continue;
                        back |= k != null || keys.containsKey(d);
                        keys.put(d, register(ws, d));
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // deleted while being walked: the next event brings it back
                }
            } else {
                for (Path up = dir.getParent(); up != null; up = up.getParent()) {
                    if (!Files.isDirectory(up)) continue;
                    WatchKey k = keys.get(up);
                    if (k == null || !k.isValid()) keys.put(up, register(ws, up));
                    break;
                }
                if (keys.containsKey(dir)) keys.put(dir, null); // remember it was watched: its return rebuilds
            }
        }
        return back;
    }

    private static WatchKey register(WatchService ws, Path dir) throws IOException {
        return dir.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** Reads one key's events: a rebuild when one concerns a file the build reads, never for its outputs. */
    private Change drain(WatchKey key, Project project) {
        Path dir = (Path) key.watchable();
        boolean rebuild = false;
        boolean theme = false;
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                rebuild = true;
                theme = true;
                continue;
            }
            Path p = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
            if (inputs.contains(p)) {
                rebuild = true;
                theme |= themeFolders(project).stream().anyMatch(p::startsWith);
                continue;
            }
            if (p.startsWith(outDir()) || OWN_TEMPORARY.matcher(p.getFileName().toString()).matches()) continue;
            if (themeFolders(project).stream().anyMatch(p::startsWith)) {
                rebuild = true;
                theme = true;
            } else if (folders(project).stream().anyMatch(f -> f.startsWith(p))) {
                rebuild = true; // a watched folder (or one above it) made again
            } else if (lastFailed && p.getParent() != null && p.getParent().equals(options.source.profile.toAbsolutePath().normalize())) {
                rebuild = true; // the last build stopped before it said what it reads: any file of the profile may be the fix
            }
        }
        key.reset();
        return new Change(rebuild, theme);
    }
}
