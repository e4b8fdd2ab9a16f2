package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 10: qpdf warned "reported number of objects is not one plus the highest object
 * number" on every PDF (PDFBox 3's cross-reference stream leaves itself out; XrefStreamSelfEntry adds it). qpdf --check must
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
            try (PDDocument pdf = Loader.loadPDF(SampleBuild.out().resolve(name).toFile())) {
                // the cross-reference data as written, object streams and the xref stream itself included
                long highest = pdf.getDocument().getXrefTable().keySet().stream().mapToLong(COSObjectKey::getNumber).max().orElse(0);
                assertEquals(highest + 1, pdf.getDocument().getTrailer().getLong(COSName.SIZE), name);
            }
        }
    }
}
