package dev.vita.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.vita.Build;
import dev.vita.Project;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import dev.vita.load.CvReader;
import dev.vita.model.Cv;
import dev.vita.model.Variant;
import dev.vita.select.Document;
import dev.vita.select.Layout;
import dev.vita.select.Selector;
import java.util.Set;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-page fit, end to end: real layouts of real profiles, pages counted in the PDFs. */
class PageFitTest {
    private final Build build = new Build(Project.here(null), Warnings.quiet());

    private Build.Result resume(Path profile, String pageSize) {
        return build.make(new Build.Options(profile, Path.of("unused"), pageSize, List.of(), "resume"));
    }

    private static int pages(Build.Result r, String name) throws IOException {
        Artifact a = r.artifacts().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        try (var pdf = Loader.loadPDF(a.content())) {
            return pdf.getNumberOfPages();
        }
    }

    @Test
    void sampleResumeIsOnePageOnA4AndLetter() throws IOException {
        for (String size : List.of("a4", "letter")) {
            Build.Result r = resume(Path.of("profile"), size);
            assertEquals(1, pages(r, "resume.pdf"), size);
            assertEquals(1, r.fitReports().size());
            assertTrue(r.fitReports().get(0).matches("resume: 1 page · \\d+\\.\\d pt · margins \\d+ mm · .*"), r.fitReports().get(0));
        }
    }

    @Test
    void sampleCvIsNotFittedAndRunsOverOnePage() throws IOException {
        Build.Result r = build.make(new Build.Options(Path.of("profile"), Path.of("unused"), "a4", List.of(), "cv"));
        assertTrue(pages(r, "cv.pdf") >= 2);
        assertTrue(r.fitReports().isEmpty());
    }

    @Test
    void tinyProfileFitsWithoutShrinking() throws IOException {
        Build.Result r = resume(Path.of("src/test/resources/profiles/tiny"), "a4");
        assertEquals(1, pages(r, "resume.pdf"));
        Layout standard = Layout.standard("a4");
        String report = r.fitReports().get(0);
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "%.1f pt", standard.fontPt())), report);
        assertTrue(report.contains("nothing dropped"), report);
    }

    @Test
    void profileThreeTimesTheSampleFitsByDroppingLowestPriorityFirst(@TempDir Path dir) throws IOException {
        Path profile = tripledSample(dir);
        Build.Result r = resume(profile, "a4");
        assertEquals(1, pages(r, "resume.pdf"));
        String report = r.fitReports().get(0);
        String dropped = report.substring(report.indexOf("(") + 1, report.lastIndexOf(") ·"));

        // exactly the lowest-priority items went, in drop order: the oldest extra copies first
        Cv cv = new CvReader().read(profile, List.of(), Warnings.quiet());
        Variant v = Selector.defaultVariants().get("resume");
        Document doc = new Selector().select(cv, "resume", v, "a4", "test");
        List<String> order = Priorities.dropOrder(doc.sections(), Set.copyOf(v.required())).stream()
                .map(Priorities.Candidate::label).toList();
        int n = Integer.parseInt(report.replaceAll(".*dropped (\\d+) items?.*", "$1"));
        assertTrue(n > 0 && n < order.size(), report);
        int named = Math.min(n, PageFit.NAMED_IN_REPORT);
        assertEquals(String.join(", ", order.subList(0, named)) + (n > named ? " and " + (n - named) + " more" : ""), dropped);
        assertTrue(dropped.startsWith("Automatic Image Colorization with Convolutional Neural Networks and Generative Adversarial Networks, "
                + "Automatic Image Colorization with Convolutional Neural Networks and Generative Adversarial Networks, Email Voice Assistant (3)"), dropped);
        assertFalse(dropped.contains("Carnegie Mellon"), "education is required in the résumé");
    }

    /** The sample with three times its papers, projects and skills: copies named "(2)" and "(3)" follow the originals. */
    static Path tripledSample(Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode root = (ObjectNode) yaml.readTree(Path.of("profile/profile.yaml").toFile());
        for (String list : List.of("projects", "skills")) {
            ArrayNode items = (ArrayNode) root.get(list);
            ArrayNode tripled = yaml.createArrayNode();
            for (int copy = 1; copy <= 3; copy++) {
                for (JsonNode item : items) {
                    ObjectNode c = item.deepCopy();
                    if (copy > 1) {
                        for (String field : List.of("name", "organization", "institution", "group")) {
                            if (c.has(field)) c.put(field, c.get(field).asText() + " (" + copy + ")");
                        }
                    }
                    tripled.add(c);
                }
            }
            root.set(list, tripled);
        }
        Files.writeString(dir.resolve("profile.yaml"), yaml.writeValueAsString(root));
        String bib = Files.readString(Path.of("profile/publications.bib"));
        Files.writeString(dir.resolve("publications.bib"),
                bib + bib.replaceAll("@(\\w+)\\{(\\w+),", "@$1{$2x2,") + bib.replaceAll("@(\\w+)\\{(\\w+),", "@$1{$2x3,"));
        return dir;
    }
}
