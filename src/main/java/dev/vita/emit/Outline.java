package dev.vita.emit;

import dev.vita.problem.UserError;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The PDF's bookmarks, taken from the page's own headings: each {@code h2} (a section) is an entry,
 * each {@code h3} under it (a publication group) a child. Read from the HTML rather than the model
 * so that any template, a theme's included, gets an outline that matches what it shows; written as
 * OpenHTMLtoPDF's {@code <bookmarks>} element, which also ties each entry to its heading's structure
 * element for screen readers.
 */
final class Outline {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Outline() {}

    /**
     * Parses the page (XHTML, as the templates write it) the way the renderer would, but outside
     * it, so the outline can be added before layout. External entities and DTDs are never loaded.
     */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            // a user's template can write any markup; the PDF route needs XHTML
            throw new UserError(null, "the page the templates made is not well-formed XHTML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot parse the page: " + e.getMessage(), e);
        }
    }

    /** Gives each heading an id when it has none and adds the bookmarks to the head; returns the entry count. */
    static int addTo(Document dom) {
        Element root = dom.getDocumentElement();
        Element head = child(root, "head");
        if (head == null) return 0;
        String ns = root.getNamespaceURI() == null ? null : XHTML;
        Element bookmarks = dom.createElementNS(ns, "bookmarks");
        Element section = null;
        int n = 0;
        NodeList headings = dom.getElementsByTagName("*");
        for (int i = 0; i < headings.getLength(); i++) {
            Element h = (Element) headings.item(i);
            String tag = h.getLocalName() != null ? h.getLocalName() : h.getTagName();
            if (!tag.equals("h2") && !(tag.equals("h3") && section != null)) continue;
            String title = h.getTextContent().replaceAll("\\s+", " ").strip();
            if (title.isEmpty()) continue;
            if (h.getAttribute("id").isEmpty()) h.setAttribute("id", "vita-outline-" + n);
            Element b = dom.createElementNS(ns, "bookmark");
            b.setAttribute("name", title);
            b.setAttribute("href", "#" + h.getAttribute("id"));
            if (tag.equals("h2")) {
                bookmarks.appendChild(b);
                section = b;
            } else {
                section.appendChild(b);
            }
            n++;
        }
        if (n > 0) head.appendChild(bookmarks);
        return n;
    }

    private static Element child(Element parent, String name) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && name.equals(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) return e;
        }
        return null;
    }
}
