package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opens the sample's cv.pdf with PDFBox and checks what a reader and a PDF tool see. */
class SamplePdfTest {
    static String text;
    static PDDocument pdf;

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(SampleBuild.out().resolve("cv.pdf").toFile());
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        // no-break spaces (render/Typography: a number with its unit, a title's last words) read as spaces
        text = stripper.getText(pdf).replaceAll("[\\s\u00A0]+", " ");
    }

    @Test
    void everyFactOfThePageIsInTheText() {
        for (String s : List.of("Hangrui Cao", "Machine Learning Engineer · LLM Inference & Systems",
                "Contextual Client Selection for Efficient Federated Learning over Edge Devices",
                "E-Tamba: Efficient Transformer-Mamba Layer Transplantation",
                "Birds of a Feather Help: Context-aware Client Selection for Federated Learning",
                "Automatic Image Colorization with Convolutional Neural Networks and Generative Adversarial Networks",
                "WebLLM & MLC-LLM", "E-Tamba · Transformer→Mamba Transplantation", "Reinforcement-Learning LLM Router",
                "Driver-Behavior Classification with Bayesian CNNs", "Collaborative Mobile Super-Resolution",
                "Large-scale GitHub Archive Analysis", "Real-time Carbon Emission for Low-Carbon Buildings",
                "Email Voice Assistant", "Carnegie Mellon University", "University of Michigan, Ann Arbor",
                "Shanghai Jiao Tong University", "Ritsumeikan University", "Zoom", "AWS Neuron",
                "GPA 3.978 / 4.00", "Fan Xuji Scholarship", "TimescaleDB", "Jan 2024 – present", "Spring 2022")) {
            assertTrue(text.contains(s), () -> "cv.pdf lacks: " + s);
        }
    }

    @Test
    void legendAndEqualMarksFollowPanAndCaoOnTheTwoFederatedLearningPapersOnly() {
        assertTrue(text.contains("* Equal contribution"), text);
        Matcher m = Pattern.compile("([A-Z]\\. [A-Z][a-z]+)(\\*?)").matcher(text);
        Set<String> marked = new HashSet<>();
        int marks = 0;
        while (m.find()) {
            if (!m.group(2).isEmpty()) {
                marked.add(m.group(1));
                marks++;
            }
        }
        assertEquals(Set.of("Q. Pan", "H. Cao"), marked);
        assertEquals(4, marks, "two marked authors on each of two papers");
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfAFontShippedInFontsFolder() throws IOException {
        Set<String> shipped = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("fonts"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ttf")).toList()) {
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f.toFile()))) {
                    shipped.add(ttf.getName());
                }
            }
        }
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources r = page.getResources();
            for (var name : r.getFontNames()) fonts.add(r.getFont(name));
        }
        assertFalse(fonts.isEmpty());
        for (PDFont f : fonts) {
            assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
            assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), f.getName() + " is not a subset");
            assertTrue(shipped.contains(f.getName().substring(7)), f.getName() + " is not from fonts/");
        }
    }

    @Test
    void emailIsAClickableMailtoLink() throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) uris.add(uri.getURI());
            }
        }
        assertTrue(uris.contains("mailto:hangruic@alumni.cmu.edu"), uris.toString());
    }

    @Test
    void metadataNamesThePersonAndVita() {
        var info = pdf.getDocumentInformation();
        assertEquals("Hangrui Cao — Curriculum Vitae", info.getTitle());
        assertEquals("Hangrui Cao", info.getAuthor());
        assertEquals("Machine Learning Engineer · LLM Inference & Systems", info.getSubject());
        assertTrue(info.getKeywords().contains("Federated learning"));
        assertTrue(info.getCreator().matches("Vita \\d+\\.\\d+.*"), info.getCreator());
    }

    @Test
    void pagesAreA4AndNumberedNOfN() {
        int n = pdf.getNumberOfPages();
        assertTrue(n >= 2, "a full CV runs over one page");
        assertEquals(595, Math.round(pdf.getPage(0).getMediaBox().getWidth()));
        for (int i = 1; i <= n; i++) assertTrue(text.contains(i + " / " + n) || text.contains(i + "/" + n), "page number " + i);
    }
}
