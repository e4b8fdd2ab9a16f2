package dev.vita;

import dev.vita.emit.Artifact;
import dev.vita.emit.FontSet;
import dev.vita.emit.OutputFolder;
import dev.vita.emit.PdfEmitter;
import dev.vita.load.CvReader;
import dev.vita.model.Cv;
import dev.vita.model.Variant;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import dev.vita.render.Templates;
import dev.vita.select.Document;
import dev.vita.select.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole pipeline in one place: load → select → render → emit → write. Read this first.
 * A build holds the parsed templates and fonts, so a long-lived one (vita watch) rebuilds warm.
 */
public final class Build {
    /** What a build reads and where it writes. */
    public record Options(Path profileDir, Path outDir, String pageSize, List<Path> bibs, String variant) {}

    private final Project project;
    private final Templates templates;
    private final FontSet fonts;
    private final Warnings warnings;

    public Build(Project project, Warnings warnings) {
        this.project = project;
        this.templates = new Templates(project.templateFolders());
        this.fonts = project.fonts();
        this.warnings = warnings;
    }

    /** Builds every variant (or the one asked for) and writes all artifacts atomically. */
    public List<Artifact> run(Options o) {
        List<Artifact> artifacts = make(o);
        new OutputFolder(o.outDir()).writeAll(artifacts);
        return artifacts;
    }

    /** Builds every artifact in memory without writing anything. */
    public List<Artifact> make(Options o) {
        Cv cv = new CvReader().read(o.profileDir(), o.bibs(), warnings);
        Map<String, Variant> variants = Selector.variants(cv.profile());
        if (o.variant() != null && !variants.containsKey(o.variant())) {
            throw new UserError(o.profileDir().resolve("profile.yaml"),
                    "no variant '" + o.variant() + "' (declared: " + String.join(", ", variants.keySet()) + ")");
        }
        PdfEmitter pdf = new PdfEmitter(fonts, project.allowedFolders(o.profileDir()));
        List<Artifact> out = new ArrayList<>();
        for (var v : variants.entrySet()) {
            if (o.variant() != null && !o.variant().equals(v.getKey())) continue;
            Document doc = new Selector().select(cv, v.getKey(), v.getValue(), o.pageSize(), Version.generator());
            long t0 = System.nanoTime();
            String html = templates.render("cv.html.ftlh", Map.of("doc", doc));
            out.add(artifact(v.getKey() + ".html", html.getBytes(StandardCharsets.UTF_8), t0));
            long t1 = System.nanoTime();
            out.add(artifact(v.getKey() + ".pdf", pdf.pdf(html, o.profileDir(), doc, Version.get()), t1));
        }
        return out;
    }

    private static Artifact artifact(String name, byte[] bytes, long startNanos) {
        return new Artifact(name, bytes, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
