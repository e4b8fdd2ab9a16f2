package dev.vita;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With SOURCE_DATE_EPOCH set, two builds of the same input give byte-identical files, every one of
 * them (PDFs with attached sources, previews, HTML, LaTeX, BibTeX); without it only the dates differ.
 * Each build is its own JVM, as a person's two builds would be, since the variable is read from the environment.
 */
class ReproducibleBuildTest {
    @Test
    void twoBuildsWithSourceDateEpochAreByteIdentical(@TempDir Path tmp) throws Exception {
        Path a = build(tmp.resolve("a"), "1700000000");
        Path b = build(tmp.resolve("b"), "1700000000");
        List<String> names = names(a);
        assertEquals(names, names(b));
        assertTrue(names.containsAll(List.of("cv.pdf", "resume.pdf", "cv-1.png", "cv.html", "cv.tex", "publications.bib")), names.toString());
        for (String n : names) assertArrayEquals(Files.readAllBytes(a.resolve(n)), Files.readAllBytes(b.resolve(n)), n + " differs");
        try (PDDocument pdf = Loader.loadPDF(a.resolve("cv.pdf").toFile())) {
            assertEquals(1_700_000_000_000L, pdf.getDocumentInformation().getCreationDate().getTimeInMillis(),
                    "the Info dictionary's dates are SOURCE_DATE_EPOCH");
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>"), "so are the XMP's");
        }
    }

    @Test
    void withoutSourceDateEpochOnlyTheDatesDiffer(@TempDir Path tmp) throws Exception {
        Path pinned = build(tmp.resolve("pinned"), "1700000000");
        Path now = build(tmp.resolve("now"), null);
        for (String n : names(pinned)) {
            byte[] x = Files.readAllBytes(pinned.resolve(n));
            byte[] y = Files.readAllBytes(now.resolve(n));
            if (!n.endsWith(".pdf")) {
                assertArrayEquals(x, y, n);
                continue;
            }
            String px = expanded(pinned.resolve(n));
            String py = expanded(now.resolve(n));
            assertNotEquals(px, py, n + " carries no date");
            assertEquals(withoutDates(px), withoutDates(py), n + ": more than the dates differ");
            // the /ID is derived from the content, not the clock
            assertEquals(id(pinned.resolve(n)), id(now.resolve(n)), n + ": /ID");
        }
    }

    /** The PDF with every object in plain view (qpdf's QDF form: no object streams, streams uncompressed). */
    private static String expanded(Path pdf) throws Exception {
        Path qdf = Files.createTempFile("vita-qdf", ".pdf");
        Process p = new ProcessBuilder("qpdf", "--qdf", "--object-streams=disable", "--static-id",
                pdf.toString(), qdf.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), log);
        String text = new String(Files.readAllBytes(qdf), StandardCharsets.ISO_8859_1);
        Files.delete(qdf);
        return text;
    }

    private static String id(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getDocument().getDocumentID().toString();
        }
    }

    private static String withoutDates(String pdf) {
        return pdf
                .replaceAll("D:\\d{14}", "D:DATE")
                .replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "ISODATE");
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<String> names = new ArrayList<>(s.map(p -> p.getFileName().toString()).sorted().toList());
            return names;
        }
    }

    /** Runs {@code vita build --png --embed-source} in a fresh JVM; epoch null leaves SOURCE_DATE_EPOCH unset. */
    static Path build(Path out, String epoch) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.vita.cli.Main",
                "build", "--png", "--png-dpi", "40", "--embed-source", "--out", out.toString());
        pb.environment().remove("SOURCE_DATE_EPOCH");
        if (epoch != null) pb.environment().put("SOURCE_DATE_EPOCH", epoch);
        pb.redirectErrorStream(true);
        Path log = Files.createTempFile("vita-build", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "build timed out");
        assertEquals(0, p.exitValue(), Files.readString(log));
        Files.delete(log);
        return out;
    }
}
