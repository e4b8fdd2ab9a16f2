package dev.vita.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vita build --embed-source, then vita import: the sources come back byte for byte, and nothing is overwritten. */
class ImportCommandTest {
    @Test
    void embeddedSourcesComeBackByteForByte(@TempDir Path tmp) throws Exception {
        MainTest.Run build = MainTest.vita("build", "--embed-source", "--variant", "cv", "--out", tmp.resolve("out").toString());
        assertEquals(0, build.code(), build.err());
        MainTest.Run imp = MainTest.vita("import", tmp.resolve("out/cv.pdf").toString(), "--to", tmp.resolve("back").toString());
        assertEquals(0, imp.code(), imp.err());
        for (String f : new String[] {"profile.yaml", "publications.bib"}) {
            assertArrayEquals(Files.readAllBytes(Path.of("profile", f)), Files.readAllBytes(tmp.resolve("back").resolve(f)), f);
        }
        // what came back builds the same CV again
        MainTest.Run again = MainTest.vita("build", "--profile", tmp.resolve("back").toString(), "--variant", "cv",
                "--out", tmp.resolve("again").toString());
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("out/cv.html")), Files.readAllBytes(tmp.resolve("again/cv.html")));
    }

    @Test
    void aNonEmptyFolderIsRefusedWithExit2(@TempDir Path tmp) throws Exception {
        assertEquals(0, MainTest.vita("build", "--embed-source", "--variant", "cv", "--out", tmp.resolve("out").toString()).code());
        Path dir = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(dir.resolve("profile.yaml"), "name: Mine\n");
        MainTest.Run r = MainTest.vita("import", tmp.resolve("out/cv.pdf").toString(), "--to", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not empty"), r.err());
        assertEquals("name: Mine\n", Files.readString(dir.resolve("profile.yaml")));
    }

    @Test
    void aPdfWithoutSourcesSaysHowToMakeOne(@TempDir Path tmp) throws Exception {
        assertEquals(0, MainTest.vita("build", "--variant", "cv", "--out", tmp.resolve("out").toString()).code());
        MainTest.Run r = MainTest.vita("import", tmp.resolve("out/cv.pdf").toString(), "--to", tmp.resolve("back").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--embed-source"), r.err());
        assertFalse(Files.exists(tmp.resolve("back")));
    }

    @Test
    void anUnknownKindOfFileIsRefused(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("notes.txt"), "hello");
        MainTest.Run r = MainTest.vita("import", f.toString(), "--to", tmp.resolve("back").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot import this kind of file"), r.err());
    }

    @Test
    void anAttachmentNamedOutsideTheFolderWritesNothing(@TempDir Path tmp) throws Exception {
        Path pdf = tmp.resolve("evil.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            Map<String, PDComplexFileSpecification> files = new java.util.TreeMap<>();
            for (String name : new String[] {"profile.yaml", "../escaped.bib"}) {
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFileUnicode(name);
                spec.setEmbeddedFileUnicode(new PDEmbeddedFile(doc, new ByteArrayInputStream("x".getBytes())));
                files.put(name, spec);
            }
            tree.setNames(files);
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(names);
            doc.save(pdf.toFile());
        }
        MainTest.Run r = MainTest.vita("import", pdf.toString(), "--to", tmp.resolve("back").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not a plain relative path"), r.err());
        assertFalse(Files.exists(tmp.resolve("escaped.bib")));
        assertFalse(Files.exists(tmp.resolve("back/profile.yaml")));
    }
}
