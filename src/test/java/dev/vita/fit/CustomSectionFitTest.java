package dev.vita.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.emit.Artifact;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

/** The résumé's fit drops a custom section's items, lowest priority first, and keeps the rest. */
class CustomSectionFitTest {
    @Test
    void lowPriorityTalksOfACustomSectionAreDroppedFirst() throws IOException {
        Build.Result r = new Build(Project.here(null), Warnings.quiet())
                .make(new Build.Options(Path.of("src/test/resources/profiles/custom-fit"), Path.of("unused"), "a4", List.of(), "resume"));
        try (var pdf = Loader.loadPDF(artifact(r, "resume.pdf").content())) {
            assertEquals(1, pdf.getNumberOfPages());
        }
        String report = r.fitReports().get(0);
        assertTrue(report.contains(" · dropped "), report);
        List<String> dropped = Arrays.asList(report.substring(report.indexOf("(") + 1, report.lastIndexOf(") ·")).split(", "));
        assertFalse(dropped.isEmpty());
        assertTrue(dropped.stream().allMatch(d -> d.startsWith("Low talk")), () -> "a high-priority talk was dropped: " + dropped);
        String html = new String(artifact(r, "resume.html").content(), StandardCharsets.UTF_8);
        for (int i = 1; i <= 40; i += 2) assertTrue(html.contains("High talk " + i + "<"), "high-priority talk " + i + " is missing");
        for (String d : dropped) assertFalse(html.contains(d + "<"), d + " was reported dropped but is shown");
        // ties drop the older talk first
        assertEquals("Low talk 2", dropped.get(0));
    }

    private static Artifact artifact(Build.Result r, String name) {
        return r.artifacts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }
}
