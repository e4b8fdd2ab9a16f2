package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 10: qpdf warned "reported number of objects is not one plus the highest object
 * number" on every PDF (PDFBox 3's cross-reference stream leaves itself out). qpdf --check must
 * find nothing to say, and the trailer's /Size must be the highest object number plus one.
 */
class ReportedNumberOfObjectsTest {
    @Test
    void qpdfCheckFindsNoWarningInAnyPdf() throws Exception {
        for (String name : List.of("cv.pdf", "resume.pdf")) {
            Path pdf = SampleBuild.out().resolve(name);
            Process p = new ProcessBuilder("qpdf", "--check", pdf.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), name + ": " + out);
            assertTrue(!out.toLowerCase().contains("warning"), name + ": " + out);
        }
    }

    @Test
    void trailerSizeIsOnePlusTheHighestObjectNumber() throws Exception {
        for (String name : List.of("cv.pdf", "resume.pdf")) {
            String pdf = new String(Files.readAllBytes(SampleBuild.out().resolve(name)), StandardCharsets.ISO_8859_1);
            int highest = 0;
            Matcher obj = Pattern.compile("(?m)^(\\d+) 0 obj\\b").matcher(pdf);
            while (obj.find()) highest = Math.max(highest, Integer.parseInt(obj.group(1)));
            Matcher size = Pattern.compile("/Size (\\d+)").matcher(pdf);
            int reported = -1;
            while (size.find()) reported = Integer.parseInt(size.group(1));
            assertEquals(highest + 1, reported, name);
        }
    }
}
