package dev.vita.emit;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import dev.vita.select.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * HTML to PDF through OpenHTMLtoPDF on PDFBox. Only the registered fonts are used, and the renderer
 * may read nothing but files inside the allowed folders: user data can make links, never fetches.
 */
public final class PdfEmitter {
    /** Held so the level set below is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache.pdfbox");

    /** The sRGB profile of the OutputIntent PDF/A requires (see src/main/icc/LICENSE-sRGB.txt). */
    private static final byte[] SRGB = resource("/vita/icc/sRGB.icc");

    private final FontSet fonts;
    private final List<Path> allowed;
    private final Consumer<String> refusals;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    /** Font files or folders the profile names under {@code fonts:}, tried before the installed ones. */
    private final List<Path> extraFonts;

    public PdfEmitter(FontSet fonts, List<Path> allowedFolders) {
        this(fonts, allowedFolders, message -> {});
    }

    /** An emitter that says, once per address, what it refused to load or link. */
    public PdfEmitter(FontSet fonts, List<Path> allowedFolders, Consumer<String> refusals) {
        this(fonts, allowedFolders, refusals, List.of());
    }

    /** An emitter that also draws from the profile's own font files. */
    public PdfEmitter(FontSet fonts, List<Path> allowedFolders, Consumer<String> refusals, List<Path> extraFonts) {
        this.extraFonts = List.copyOf(extraFonts);
        this.refusals = refusals;
        // the renderers' own logging is for their developers; Vita reports what matters to a user
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        this.fonts = fonts;
        this.allowed = allowedFolders.stream().map(PdfEmitter::real).toList();
    }

    /**
     * How full the pages are, from a layout-only pass (no PDF is written): pages used, the filled
     * height as a number of pages (1.4 = one page and 40% of the next, up to the element with id
     * {@code vita-end}), and the height of each element with an id, as a fraction of a page.
     */
    public Measure measure(String html, Path baseDir) {
        try (PdfBoxRenderer r = renderer(html, baseDir, new ByteArrayOutputStream())) {
            r.layout();
            List<PageBox> pages = r.getRootBox().getLayer().getPages();
            Map<String, Box> byId = new HashMap<>();
            collectIds(r.getRootBox(), byId);
            Box end = byId.get("vita-end");
            if (end == null) return new Measure(pages.size(), pages.size(), Map.of());
            double pageHeight = pages.get(0).getBottom() - pages.get(0).getTop();
            double filled = pages.size();
            for (int i = 0; i < pages.size(); i++) {
                PageBox p = pages.get(i);
                if (end.getAbsY() >= p.getTop() && end.getAbsY() <= p.getBottom()) {
                    filled = i + (end.getAbsY() - p.getTop()) / (double) (p.getBottom() - p.getTop());
                    break;
                }
            }
            Map<String, Double> heights = new HashMap<>();
            byId.forEach((id, b) -> heights.put(id, b.getHeight() / pageHeight));
            return new Measure(pages.size(), filled, heights);
        }
    }

    private static void collectIds(Box box, Map<String, Box> byId) {
        if (box.getElement() != null && box.getElement().hasAttribute("id")) byId.putIfAbsent(box.getElement().getAttribute("id"), box);
        for (Box child : box.getChildren()) collectIds(child, byId);
    }

    /** The result of a layout-only pass; see {@link #measure}. */
    public record Measure(int pages, double filledPages, Map<String, Double> heights) {}

    /** The finished PDF, with metadata taken from the document. */
    public byte[] pdf(String html, Path baseDir, Document doc, String version) {
        return pdf(html, baseDir, doc, version, List.of());
    }

    /**
     * The finished PDF: tagged (PDF/UA-1) and archival (PDF/A-2a, or PDF/A-3a when source files are
     * attached, as only part 3 allows arbitrary attachments), with bookmarks from the headings.
     */
    public byte[] pdf(String html, Path baseDir, Document doc, String version, List<SourceFile> sources) {
        PdfAConformance level = sources.isEmpty() ? PdfAConformance.PDFA_2_A : PdfAConformance.PDFA_3_A;
        org.w3c.dom.Document dom = Outline.parse(html);
        Outline.addTo(dom);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // no HTML string: the parsed document (with its outline) is the content
        PdfRendererBuilder b = builder(null, baseDir, out);
        b.withW3cDocument(dom, baseDir.toAbsolutePath().toUri().toString());
        b.usePdfAConformance(level);
        b.useColorProfile(SRGB);
        try (PdfBoxRenderer r = renderer(b, html)) {
            r.layout();
            r.createPDFWithoutClosing();
            PDDocument pdf = r.getPdfDocument();
            disarmLinks(pdf);
            PdfMetadata meta = PdfMetadata.of(doc, version, dom.getDocumentElement().getAttribute("lang"));
            PdfArchival.finish(pdf, meta, level.getPart(), level.getConformanceValue(), sources, html, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A renderer with the shipped faces, and — only when the page has characters they lack — the
     * installed faces that draw them as final fallbacks, tried character by character after the
     * style sheet's families. Right-to-left text switches on ICU's bidi and Arabic joining.
     */
    private PdfBoxRenderer renderer(String html, Path baseDir, ByteArrayOutputStream out) {
        return renderer(builder(html, baseDir, out), html);
    }

    private PdfBoxRenderer renderer(PdfRendererBuilder b, String html) {
        if (dev.vita.render.Scripts.needsBidi(html)) {
            b.useUnicodeBidiSplitter(IcuBidi.SPLITTERS);
            b.useUnicodeBidiReorderer(new IcuBidi.Reorderer());
        }
        PdfBoxRenderer r = b.buildPdfRenderer();
        PDDocument target = r.getPdfDocument();
        for (FontSet.Fallback f : fonts.fallbacksFor(html, extraFonts)) {
            // the face's file is read only when a glyph is drawn from it
            PDFontSupplier supplier = new PDFontSupplier(null) {
                private PDFont font;

                @Override
                public PDFont supply() {
                    if (font == null) font = load(target, fonts.face(f));
                    return font;
                }
            };
            r.getFontResolver().addFont(supplier, f.family(), f.weight(), IdentValue.NORMAL, true,
                    PdfBoxFontResolver.FontGroup.FINAL_FALLBACK);
        }
        return r;
    }

    /** A face made on first use: a fallback face only comes into a document that needs one of its glyphs. */
    private PDFontSupplier lazy(PDDocument target, FontSet.Face f) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) font = load(target, f);
                return font;
            }
        };
    }

    private PdfRendererBuilder builder(String html, Path baseDir, ByteArrayOutputStream out) {
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        // tagged PDF (PDF/UA): reading order for screen readers and text extraction; it also keeps
        // OpenHTMLtoPDF from loading the standard-14 fonts, whose lookup scans the system's fonts
        b.usePdfUaAccessibility(true);
        b.withHtmlContent(html, baseDir.toAbsolutePath().toUri().toString());
        PDDocument target = new PDDocument();
        b.usePDDocument(target);
        for (FontSet.Face f : fonts.faces()) {
            b.useFont(lazy(target, f), f.family(), f.weight(), f.style(), true);
        }
        b.useExternalResourceAccessControl((uri, type) -> isAllowed(uri), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // a relative reference is judged once resolved against the base folder
        b.useExternalResourceAccessControl((uri, type) -> isRelative(uri) || isAllowed(uri),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.toStream(out);
        return b;
    }

    private static byte[] resource(String name) {
        try (var in = PdfEmitter.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDFont load(PDDocument target, FontSet.Face face) {
        try {
            return PDType0Font.load(target, fonts.parsed(face), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The path with symbolic links resolved, so a link inside the profile cannot point outside it. */
    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (java.io.IOException | RuntimeException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static boolean isRelative(String uri) {
        return uri != null && !uri.isBlank() && !uri.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*") && !uri.startsWith("//");
    }

    /** Called for every resource the renderer wants (images, style sheets, fonts), before and after resolving. */
    private boolean isAllowed(String uri) {
        if (uri == null) return false;
        if (uri.startsWith("data:")) return true;
        if (uri.startsWith("file:")) {
            try {
                Path p = real(Path.of(java.net.URI.create(uri)));
                if (allowed.stream().anyMatch(p::startsWith)) return true;
            } catch (RuntimeException e) {
                // not a path: refused below
            }
        }
        refuse(uri, "refused to load " + shorten(uri) + ": the PDF may use files inside the project's folders only, never the web");
        return false;
    }

    /**
     * Links stay links, but only to the web or mail: a template's {@code javascript:} or
     * {@code file:} link would run or open something on the reader's machine, so its action is removed.
     */
    private void disarmLinks(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI action) {
                    String target = action.getURI() == null ? "" : action.getURI().strip();
                    String scheme = target.contains(":") ? target.substring(0, target.indexOf(':')).toLowerCase(Locale.ROOT) : "";
                    if (!List.of("http", "https", "mailto").contains(scheme)) {
                        link.setAction(null);
                        refuse(target, "removed the link to " + shorten(target) + ": PDF links may go to http, https or mailto only");
                    }
                }
            }
        }
    }

    private void refuse(String uri, String message) {
        if (refused.add(message)) refusals.accept(message);
    }

    private static String shorten(String uri) {
        return uri.length() <= 80 ? uri : uri.substring(0, 77) + "...";
    }
}
