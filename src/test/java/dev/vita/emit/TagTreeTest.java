package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What screen readers and applicant-tracking systems read: the tagged PDF's structure tree, in
 * every theme. No Table elements, sections of entries as lists (L/LI), headings H1 then H2, and
 * each entry's date and place inside its own list item, not gathered at the end of the document.
 */
class TagTreeTest {
    /** One structure element as read: its type and the text of everything below it, in tree order. */
    record Node(String type, String text) {}

    @ParameterizedTest
    @ValueSource(strings = {"classic", "engineering", "academic"})
    void theTagTreeReadsInOrderWithListsAndNoTables(String theme) throws IOException {
        List<Node> nodes = read(SampleBuild.out(theme).resolve("cv.pdf").toFile());
        List<String> types = nodes.stream().map(Node::type).toList();
        assertFalse(types.contains("Table") || types.contains("TR") || types.contains("TD"), theme + ": layout tables in the tag tree");
        assertTrue(types.contains("L") && types.contains("LI"), theme + ": no lists in the tag tree");
        List<String> headings = types.stream().filter(t -> t.matches("H\\d")).toList();
        assertEquals("H1", headings.get(0), theme + ": the name is the first heading");
        assertEquals(1, headings.stream().filter("H1"::equals).count(), theme + ": one H1");
        assertTrue(headings.stream().skip(1).allMatch(h -> h.equals("H2") || h.equals("H3")), theme + ": " + headings);

        List<String> items = nodes.stream().filter(n -> n.type().equals("LI")).map(Node::text).toList();
        String zoom = items.stream().filter(t -> t.contains("Machine Learning Engineer")).findFirst().orElseThrow();
        assertTrue(zoom.startsWith("present ") && zoom.contains("Seattle"), theme + ": the date and place are read with their entry: " + zoom);
        String cmu = items.stream().filter(t -> t.contains("Carnegie Mellon")).findFirst().orElseThrow();
        assertTrue(cmu.contains("2022 – May 2024"), theme + ": " + cmu);
        assertTrue(items.get(items.size() - 1).length() < 400, theme + ": text gathered at the end: " + items.get(items.size() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "engineering", "academic"})
    void theWebPageHasNoTablesAndHeadingsInOrder(String theme) throws IOException {
        var html = Jsoup.parse(SampleBuild.out(theme).resolve("cv.html").toFile(), "UTF-8");
        assertTrue(html.select("table").isEmpty(), theme + ": <table> in cv.html");
        assertEquals(1, html.select("h1").size());
        assertFalse(html.select("ul.entries > li.item").isEmpty(), theme + ": entries are list items");
    }

    private static List<Node> read(java.io.File pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Map<PDPage, Map<Integer, String>> texts = new HashMap<>();
            for (PDPage page : doc.getPages()) {
                PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
                x.processPage(page);
                Map<Integer, String> byId = new HashMap<>();
                for (PDMarkedContent mc : x.getMarkedContents()) collect(mc, byId);
                texts.put(page, byId);
            }
            List<Node> out = new ArrayList<>();
            walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), null, texts, out);
            return out;
        }
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> byId) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) sb.append(t.getUnicode());
            else if (o instanceof PDMarkedContent inner) collect(inner, byId);
        }
        if (mc.getMCID() >= 0) byId.merge(mc.getMCID(), sb.toString(), String::concat);
    }

    /** Appends a node per structure element; returns the text below the kids. */
    private static String walk(List<Object> kids, PDPage page, Map<PDPage, Map<Integer, String>> texts, List<Node> out) {
        StringBuilder text = new StringBuilder();
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                PDPage p = e.getPage() != null ? e.getPage() : page;
                int at = out.size();
                out.add(null);
                String t = walk(e.getKids(), p, texts, out);
                out.set(at, new Node(e.getStructureType(), t));
                text.append(t);
            } else if (k instanceof Integer mcid && page != null) {
                text.append(texts.get(page).getOrDefault(mcid, "")).append(' ');
            } else if (k instanceof PDMarkedContentReference r) {
                PDPage p = r.getPage() != null ? r.getPage() : page;
                if (p != null) text.append(texts.get(p).getOrDefault(r.getMCID(), "")).append(' ');
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }
}
