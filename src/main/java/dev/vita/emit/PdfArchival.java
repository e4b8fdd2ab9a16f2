package dev.vita.emit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * The last step of every PDF: PDF/A + PDF/UA metadata, the sources as associated files, a
 * document /ID derived from the content instead of the clock, and a save whose bytes depend on
 * nothing else, so two builds of the same input are identical (with SOURCE_DATE_EPOCH set).
 */
final class PdfArchival {
    private PdfArchival() {}

    /** Finishes and writes the document. {@code content} is what the pages were made from (the HTML). */
    static void finish(PDDocument pdf, PdfMetadata meta, int part, String level, List<SourceFile> sources,
            String content, OutputStream out) throws IOException {
        meta.applyTo(pdf, part, level);
        if (!sources.isEmpty()) attach(pdf, sources, meta);
        pdf.getDocument().setDocumentID(documentId(meta, part, level, sources, content));
        pdf.setVersion(1.7f);
        // object streams keep the many small objects of the structure tree to a third of their size;
        // the cross-reference stream PDFBox writes for them then needs its own entry added
        ByteArrayOutputStream file = new ByteArrayOutputStream(256 * 1024);
        pdf.save(file, CompressParameters.DEFAULT_COMPRESSION);
        out.write(XrefStreamSelfEntry.fix(file.toByteArray()));
    }

    /**
     * The two halves of /ID, equal for a new file: a digest of everything the bytes are made
     * from except the dates, so rebuilding the same CV on another day keeps its identity.
     */
    private static COSArray documentId(PdfMetadata meta, int part, String level, List<SourceFile> sources, String content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(content, meta.title(), meta.author(), meta.subject(), meta.keywordLine(),
                    meta.creator(), meta.producer(), meta.language(), part + level)) {
                md.update(s.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            for (SourceFile f : sources) {
                md.update(f.name().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.bytes());
            }
            byte[] id = Arrays.copyOf(md.digest(), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            return ids;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Each source as an embedded file with AFRelationship /Source, listed both in the EmbeddedFiles
     * name tree (what viewers show) and in the catalog's /AF array (what PDF/A-3 requires).
     */
    private static void attach(PDDocument pdf, List<SourceFile> sources, PdfMetadata meta) throws IOException {
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray af = new COSArray();
        for (SourceFile f : sources) {
            PDEmbeddedFile ef = new PDEmbeddedFile(pdf, new ByteArrayInputStream(f.bytes()), COSName.FLATE_DECODE);
            ef.setSubtype(f.mediaType());
            ef.setSize(f.bytes().length);
            ef.setModDate(meta.calendar());
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(f.name());
            spec.setFileUnicode(f.name());
            spec.setFileDescription("Source of this document: " + f.name());
            spec.setEmbeddedFile(ef);
            spec.setEmbeddedFileUnicode(ef);
            spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
            byName.put(f.name(), spec);
            af.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = pdf.getDocumentCatalog().getNames();
        if (names == null) names = new PDDocumentNameDictionary(pdf.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        pdf.getDocumentCatalog().setNames(names);
        pdf.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }
}
