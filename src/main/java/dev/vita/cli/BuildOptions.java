package dev.vita.cli;

import dev.vita.Build;
import dev.vita.emit.PngPreview;
import dev.vita.problem.UserError;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options {@code build} and {@code watch} share: what to read, where to write, which variant. */
final class BuildOptions {
    /** Page sizes Vita can set. */
    enum PageSize { a4, letter }

    @Mixin
    SourceOptions source;

    @Option(names = "--out", defaultValue = "out", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--page-size", defaultValue = "a4", description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    PageSize pageSize;

    @Option(names = "--variant", description = "Build only this variant (cv, resume, …).")
    String variant;

    @Option(names = "--png", description = "Also write <variant>-<page>.png previews next to the PDFs.")
    boolean png;

    @Option(names = "--png-dpi", defaultValue = "" + PngPreview.DEFAULT_DPI, paramLabel = "DPI",
            description = "Resolution of the PNG previews (default: ${DEFAULT-VALUE}; 36 to 600).")
    int pngDpi;

    @Option(names = "--embed-source", description = "Attach profile.yaml and the bib files to each PDF "
            + "(PDF/A-3 associated files; `vita import X.pdf --to DIR` gives them back). Off by default: "
            + "the profile may hold more than a variant shows.")
    boolean embedSource;

    @Option(names = "--strict", description = "A variant that cannot reach its page limit is an error (exit 2), not a warning.")
    boolean strict;

    Build.Options toBuildOptions() {
        // Path.of("") is the working directory: an empty --out (an unset shell variable) would write there
        if (out.toString().isBlank()) {
            throw new UserError(null, "--out is empty: name the output folder (--out . for the current folder)");
        }
        if (pngDpi < 36 || pngDpi > 600) {
            throw new UserError(null, "--png-dpi " + pngDpi + ": give a resolution from 36 to 600");
        }
        return new Build.Options(source.profile, out, pageSize.name(), source.bibs, variant, source.theme, png, pngDpi, embedSource, strict);
    }
}
