package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.SampleBuild;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Bookmarks: one per section, one child per publication group, each landing on the page that shows it. */
class OutlineTest {
    @Test
    void everySectionOfEveryPdfHasABookmarkOnItsPage() throws Exception {
        for (String variant : List.of("cv", "resume")) {
            Path out = SampleBuild.out();
            List<String> headings = Jsoup.parse(Files.readString(out.resolve(variant + ".html"))).select("h2").eachText();
            try (PDDocument pdf = Loader.loadPDF(out.resolve(variant + ".pdf").toFile())) {
                List<String> titles = new ArrayList<>();
                for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                    titles.add(item.getTitle());
                    assertLandsOn(pdf, item);
                }
                assertEquals(headings, titles, variant);
                assertTrue(titles.size() >= 5, variant + ": " + titles);
            }
        }
    }

    @Test
    void publicationGroupsAreChildrenOfPublications() throws Exception {
        Build.Result r = new Build(Project.here(null), Warnings.quiet())
                .make(new Build.Options(Path.of("src/test/resources/profiles/grouped"), Path.of("unused"), "a4", List.of(), "cv"));
        byte[] bytes = r.artifacts().stream().filter(a -> a.name().equals("cv.pdf")).findFirst().orElseThrow().content();
        String html = new String(r.artifacts().stream().filter(a -> a.name().equals("cv.html")).findFirst().orElseThrow().content(),
                StandardCharsets.UTF_8);
        List<String> groups = Jsoup.parse(html).select("h3").eachText();
        assertTrue(groups.size() >= 2, groups.toString());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDOutlineItem pubs = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Publications")) pubs = item;
            }
            assertNotNull(pubs, "no Publications bookmark");
            List<String> children = new ArrayList<>();
            for (PDOutlineItem child : pubs.children()) {
                children.add(child.getTitle());
                assertLandsOn(pdf, child);
            }
            assertEquals(groups, children);
        }
    }

    @Test
    void aTemplateThatWritesBrokenMarkupIsTheUsersMistake() {
        UserError e = assertThrows(UserError.class, () -> Outline.parse("<html><body><p>open</body></html>"));
        assertTrue(e.getMessage().contains("not well-formed XHTML (line 1"), e.getMessage());
    }

    /** The bookmark's page shows its title. */
    private static void assertLandsOn(PDDocument pdf, PDOutlineItem item) throws Exception {
        PDPageXYZDestination d = (PDPageXYZDestination) item.getDestination();
        int page = pdf.getPages().indexOf(d.getPage());
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        assertTrue(s.getText(pdf).replaceAll("\\s+", " ").contains(item.getTitle()), item.getTitle() + " is not on page " + (page + 1));
        assertNotNull(item.getStructureElement(), item.getTitle() + ": bookmark not tied to its heading's structure element");
    }
}
