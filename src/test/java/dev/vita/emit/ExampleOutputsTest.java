package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.ExampleBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example academic (German, every entry kind, custom sections, a photo): every section's facts in
 * cv.pdf and cv.html, German months and labels, Markdown as markup, the photo inside both; golden HTML and TeX.
 */
class ExampleOutputsTest {
    /** One fact per section, each kind included: detailed, one-line, bullet, text, numbered, publication. */
    static final List<String> FACTS = List.of(
            "Dr. Lena Hartmann", "Kurzprofil", "Bestäubernetzwerke",                        // summary (text), a label override
            "Forschungsinteressen", "Citizen Science",                                       // interests (one line)
            "Berufserfahrung", "Juniorprofessorin (W1), Institut für Ökologie", "Okt. 2022 – heute", // experience
            "Ausbildung", "summa cum laude", "Lehrveranstaltungen:",                         // education
            "Publikationen", "Heat waves rewire plant–pollinator networks", "Zeitschriftenartikel", // publications
            "Projekte", "pollinet",                                                          // projects
            "Auszeichnungen", "Nachwuchspreis der Gesellschaft für Feldökologie", "Nov. 2023", "6. Dez. 2019", // awards
            "Drittmittel", "480.000 EUR", "Jan. 2023 – Dez. 2026",                           // grants
            "Vorträge", "Wenn die Blüte zu früh kommt", "März 2024", "17. Mai 2023",          // talks
            "Lehre", "Einführung in die Ökologische Statistik",                              // teaching
            "Betreuung", "Jonas Keller", "Apr. – Dez. 2023",                                 // supervision
            "Gremien und Gutachten", "Gleichstellungsbeauftragte des Instituts",             // service
            "Ehrenamt", "Leitung der Schul-AG »Bienen zählen«",                              // volunteer
            "Zertifikate", "Fachkunde Tierversuche (Kategorie B)", "Juni 2018",              // certificates
            "Kenntnisse", "Netzwerkanalyse",                                                 // skills (one line)
            "Sprachen", "verhandlungssicher (C1)",                                           // languages (one line)
            "Referenzen", "Prof. Dr. Tomas Weber", "t.weber@example.org",                    // references
            "Forschungsprogramm", "dauerhaft umbauen",                                       // custom, text
            "Medienbeiträge", "Warum die Wildbiene Schatten braucht",                        // custom, bullet (inferred)
            "Zehn Regeln für gute Felddaten", "Rohdaten werden nie überschrieben",           // custom, numbered
            "Mitgliedschaften", "seit 2016", "Netzwerk Offene Wissenschaft",                 // custom, one line (inferred)
            "Lebenslauf");                                                                   // the German title in the footer

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // no-break spaces (render/Typography: a number with its unit) read as spaces
            return new PDFTextStripper().getText(doc).replaceAll("[\\s\u00A0]+", " ");
        }
    }

    @Test
    void everySectionKindsFactsAreInThePdfInGerman() throws IOException {
        String text = pdfText(ExampleBuild.out().resolve("cv.pdf"));
        for (String fact : FACTS) assertTrue(text.contains(fact), () -> "cv.pdf lacks: " + fact);
        for (String english : List.of("Present", "present", "Experience", "Publications", "Coursework", "Mar 2024")) {
            assertFalse(text.contains(english), () -> "cv.pdf (locale de) still says " + english);
        }
        assertFalse(text.contains("**"), "Markdown asterisks printed");
    }

    @Test
    void thePhotoIsInTheCvPdfButNotInTheResumeWhichLeavesItOut() throws IOException {
        assertEquals(1, images(ExampleBuild.out().resolve("cv.pdf")));
        assertEquals(0, images(ExampleBuild.out().resolve("resume.pdf")));
        assertTrue(Files.exists(ExampleBuild.out().resolve("photo.png")), "the photo is written beside the .tex");
        assertTrue(Files.readString(ExampleBuild.out().resolve("cv.tex")).contains("\\cvphoto{photo.png}{25mm}{31.25mm}"));
        assertFalse(Files.readString(ExampleBuild.out().resolve("resume.tex")).contains("\\cvphoto{photo"));
    }

    private static int images(Path pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) n++;
                }
            }
        }
        return n;
    }

    @Test
    void htmlIsGermanSelfContainedAndSetsMarkdownAsMarkup() throws IOException {
        Document html = Jsoup.parse(ExampleBuild.out().resolve("cv.html").toFile(), "UTF-8");
        assertEquals("de", html.selectFirst("html").attr("lang"));
        Element img = html.selectFirst("header img.photo");
        assertNotNull(img, "no photo in the header");
        assertTrue(img.attr("src").startsWith("data:image/png;base64,"), "the photo is not inside the page");
        assertEquals("Bestäubernetzwerke", html.selectFirst(".section-summary strong").text());
        assertEquals("statistischen Modellen", html.selectFirst(".section-summary em").text());
        Element link = html.selectFirst(".section-summary a");
        assertEquals("https://example.org/bestaeuber", link.attr("href"));
        assertEquals("unserem Projektportal", link.text());
        assertEquals("R", html.selectFirst(".section-teaching code").text());
        assertEquals("Lizenz", html.selectFirst(".section-regeln strong").text());
        String text = html.text();
        for (String fact : FACTS) assertTrue(text.contains(fact), () -> "cv.html lacks: " + fact);
        // every entry kind has its own class, and every entry an id the page fit measures
        for (String kind : List.of("detailed", "oneline", "bullet", "text", "numbered", "publication")) {
            assertFalse(html.select("section.kind-" + kind + " .entry[id]").isEmpty(), () -> "no " + kind + " entry");
        }
        // block layout: no layout tables; headings in order
        assertTrue(html.select("table").isEmpty(), "layout tables");
        assertEquals(1, html.select("h1").size());
        assertEquals(html.select("section").size(), html.select("section h2").size());
        assertEquals(2, html.select(".section-medienbeiträge ul.bullet > li").size());
        assertEquals(List.of("1.", "2.", "3."), html.select(".section-regeln .when").eachText());
        Document resume = Jsoup.parse(ExampleBuild.out().resolve("resume.html").toFile(), "UTF-8");
        assertTrue(resume.select("img").isEmpty(), "photo: false still shows the photo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cv.html", "cv.tex"})
    void exampleMatchesGolden(String name) throws IOException {
        Path golden = Path.of("src/test/resources/golden/examples/academic", name);
        String made = Files.readString(ExampleBuild.out().resolve(name), StandardCharsets.UTF_8);
        if ("true".equals(System.getProperty("golden.update"))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, made, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "no golden file: run mvn test -Dgolden.update=true");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), made,
                name + " changed; if intended, run mvn test -Dgolden.update=true and review the diff");
    }
}
