package dev.vita.emit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Page images of a finished PDF (PDFBox's renderer), for READMEs, web pages and quick looks. */
public final class PngPreview {
    /** Resolution when none is asked for: sharp on a screen, ~120 KiB a page. */
    public static final int DEFAULT_DPI = 110;

    private PngPreview() {}

    /** One PNG per page, in page order, rendered at {@code dpi} dots per inch on white. */
    public static List<byte[]> render(byte[] pdf, int dpi) {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                // the JDK's PNG writer adds no time stamp: the same page gives the same bytes
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
