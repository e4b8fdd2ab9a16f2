package dev.vita.importer;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** A PDF made by {@code vita build --embed-source}: its attached profile.yaml and bib files, byte for byte. */
final class PdfSourceImporter implements Importer {
    @Override
    public String format() {
        return "PDF built with --embed-source (.pdf)";
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")
                || new String(head, 0, Math.min(head.length, 5), StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    @Override
    public Imported read(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
            Map<String, PDComplexFileSpecification> attached = names == null || names.getEmbeddedFiles() == null
                    ? null : names.getEmbeddedFiles().getNames();
            if (attached == null || attached.isEmpty()) {
                throw new UserError(file, "holds no source files; build it with `vita build --embed-source`");
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (var e : new TreeMap<>(attached).entrySet()) {
                PDComplexFileSpecification spec = e.getValue();
                PDEmbeddedFile ef = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode() : spec.getEmbeddedFile();
                if (ef == null) continue;
                String name = spec.getFileUnicode() != null ? spec.getFileUnicode() : e.getKey();
                files.put(name, ef.toByteArray());
            }
            if (!files.containsKey("profile.yaml")) {
                throw new UserError(file, "has attachments but no profile.yaml: not a PDF built with `vita build --embed-source`");
            }
            Report report = new Report();
            files.keySet().forEach(name -> report.carried("attached " + name, name + ", byte for byte"));
            return new Imported(files, report);
        } catch (IOException e) {
            throw new UserError(file, "not a readable PDF: " + e.getMessage());
        }
    }
}
