package dev.vita.emit;

import dev.vita.select.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What a PDF says about itself, written twice and kept equal: in the Info dictionary and in the
 * XMP packet (PDF/A requires both to agree; PDF/UA requires the title and the pdfuaid part).
 */
public record PdfMetadata(String title, String author, String subject, List<String> keywords, String creator,
        String producer, String language, Instant date) {

    /** The metadata of a variant's PDF; the date is SOURCE_DATE_EPOCH when set, else now. */
    public static PdfMetadata of(Document doc, String version, String language) {
        String name = doc.person().name();
        List<String> keywords = doc.person().interests().isEmpty() ? List.of(doc.title()) : doc.person().interests();
        return new PdfMetadata(name + " — " + doc.title(), name,
                doc.person().headline() != null ? doc.person().headline() : doc.title(), keywords,
                "Vita " + version, "Vita " + version + " (OpenHTMLtoPDF, Apache PDFBox)",
                language == null || language.isBlank() ? "en" : language, buildDate());
    }

    /**
     * SOURCE_DATE_EPOCH (reproducible-builds.org) pins the date for byte-identical rebuilds;
     * seconds only, because the Info dictionary's dates have no finer unit.
     */
    public static Instant buildDate() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return Instant.ofEpochSecond(Instant.now().getEpochSecond());
    }

    /** The date as PDFBox writes it (UTC). */
    public Calendar calendar() {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(date.toEpochMilli());
        return c;
    }

    /** Keywords as one string, the form of the Info dictionary and pdf:Keywords. */
    public String keywordLine() {
        return String.join(", ", keywords);
    }

    /** Sets the Info dictionary and the catalog's XMP packet, declaring PDF/A-{part}{level} and PDF/UA-1. */
    public void applyTo(PDDocument pdf, int part, String level) throws IOException {
        PDDocumentInformation info = new PDDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setSubject(subject);
        info.setKeywords(keywordLine());
        info.setCreator(creator);
        info.setProducer(producer);
        info.setCreationDate(calendar());
        info.setModificationDate(calendar());
        pdf.setDocumentInformation(info);
        PDMetadata xmp = new PDMetadata(pdf);
        xmp.importXMPMetadata(xmp(part, level).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(xmp);
    }

    /** The XMP packet; written by hand so that every byte is under control (and reproducible). */
    String xmp(int part, String level) {
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
        List<String> subjects = new ArrayList<>();
        for (String k : keywords) subjects.add("<rdf:li>" + esc(k) + "</rdf:li>");
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\"\n"
                + "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                + "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n"
                + "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                + "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
                + "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                + "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                + "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <pdfaid:part>" + part + "</pdfaid:part>\n"
                + "   <pdfaid:conformance>" + level + "</pdfaid:conformance>\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(title) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + esc(author) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + esc(subject) + "</rdf:li></rdf:Alt></dc:description>\n"
                + "   <dc:subject><rdf:Bag>" + String.join("", subjects) + "</rdf:Bag></dc:subject>\n"
                + "   <dc:language><rdf:Bag><rdf:li>" + esc(language) + "</rdf:li></rdf:Bag></dc:language>\n"
                + "   <xmp:CreatorTool>" + esc(creator) + "</xmp:CreatorTool>\n"
                + "   <xmp:CreateDate>" + when + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + when + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + when + "</xmp:MetadataDate>\n"
                + "   <pdf:Producer>" + esc(producer) + "</pdf:Producer>\n"
                + "   <pdf:Keywords>" + esc(keywordLine()) + "</pdf:Keywords>\n"
                // pdfuaid is not among PDF/A's predefined schemas, so PDF/A wants it described
                + "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
                + "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "     <pdfaProperty:name>part</pdfaProperty:name>\n"
                + "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "     <pdfaProperty:description>Part of ISO 14289 (PDF/UA) the file conforms to</pdfaProperty:description>\n"
                + "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "  </rdf:Description>\n"
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"r\"?>";
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 cannot carry most control characters, not even escaped
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
