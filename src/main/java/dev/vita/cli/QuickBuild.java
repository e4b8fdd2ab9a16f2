package dev.vita.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The plain {@code vita build [options]} read without picocli. picocli builds the model of every
 * command by reflection before it reads a word, and as Java 5 bytecode it is left out of JDK 25's
 * ahead-of-time cache: together a noticeable part of a cold build (BENCHMARKS.md). This reads the
 * common case only: {@code build} followed by its own options, each once, in the
 * {@code --name value} or {@code --name=value} form. Anything else (help, another command, a
 * mistake, an argument file) is left to picocli, which reads it and says what is wrong exactly as
 * before. {@code QuickBuildTest} holds the two readers to the same result.
 */
final class QuickBuild {
    /** The options {@link #parse} reads: every option of {@code build} except help and version. */
    static final Set<String> OPTIONS = Set.of("--profile", "--out", "--page-size", "--variant", "--bib", "--templates", "--debug",
            "--png", "--png-dpi", "--embed-source", "--theme", "--strict");

    /** What a plain build's command line says. */
    record Parsed(BuildOptions options, boolean debug) {}

    private QuickBuild() {}

    /** The build's options, or null when the command line is not a plain build. */
    static Parsed parse(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) return null;
        BuildOptions o = new BuildOptions();
        o.source = new SourceOptions();
        o.source.profile = Path.of("profile");
        o.out = Path.of("out");
        o.pageSize = BuildOptions.PageSize.a4;
        o.pngDpi = dev.vita.emit.PngPreview.DEFAULT_DPI;
        boolean debug = false;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--debug")) {
                if (debug) return null;
                debug = true;
                continue;
            }
            if (a.equals("--png") || a.equals("--embed-source") || a.equals("--strict")) {
                if (!seen.add(a)) return null;
                switch (a) {
                    case "--png" -> o.png = true;
                    case "--embed-source" -> o.embedSource = true;
                    default -> o.strict = true;
                }
                continue;
            }
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            if (!OPTIONS.contains(name) || name.equals("--debug")) return null;
            String value;
            if (eq > 0) {
                value = a.substring(eq + 1);
            } else {
                if (++i >= args.length) return null;
                value = args[i];
            }
            // picocli's own reading of empty values, values that look like options and repeats stays the rule
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return null;
            if (!name.equals("--bib") && !seen.add(name)) return null;
            try {
                switch (name) {
                    case "--profile" -> o.source.profile = Path.of(value);
                    case "--out" -> o.out = Path.of(value);
                    case "--page-size" -> o.pageSize = BuildOptions.PageSize.valueOf(value);
                    case "--variant" -> o.variant = value;
                    case "--bib" -> o.source.bibs.add(Path.of(value));
                    case "--templates" -> o.source.templates = Path.of(value);
                    case "--png-dpi" -> o.pngDpi = Integer.parseInt(value);
                    case "--theme" -> o.source.theme = value;
                    default -> {
                        return null;
                    }
                }
            } catch (IllegalArgumentException e) {
                return null; // not a page size, or not a path: picocli says so
            }
        }
        return new Parsed(o, debug);
    }
}
