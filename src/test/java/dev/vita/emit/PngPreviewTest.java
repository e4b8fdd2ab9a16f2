package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Page previews: one PNG per page, the page's size at the asked resolution, showing the page's ink. */
class PngPreviewTest {
    @Test
    void onePngPerPageSizedByTheResolution() throws Exception {
        byte[] pdf = Files.readAllBytes(SampleBuild.out().resolve("cv.pdf"));
        List<byte[]> pages = PngPreview.render(pdf, 50);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(doc.getNumberOfPages(), pages.size());
            PDRectangle box = doc.getPage(0).getMediaBox();
            for (byte[] png : pages) {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
                assertEquals(Math.round(box.getWidth() / 72 * 50), img.getWidth(), 1);
                assertEquals(Math.round(box.getHeight() / 72 * 50), img.getHeight(), 1);
                double ink = ink(img);
                // text on white: some of the page is dark, most of it is not
                assertTrue(ink > 0.01 && ink < 0.5, "share of dark pixels " + ink);
                assertEquals(0xFFFFFF, img.getRGB(0, 0) & 0xFFFFFF, "the paper is white");
            }
        }
        BufferedImage sharp = ImageIO.read(new ByteArrayInputStream(PngPreview.render(pdf, 100).get(0)));
        assertEquals(2 * ImageIO.read(new ByteArrayInputStream(pages.get(0))).getWidth(), sharp.getWidth(), 2);
    }

    private static double ink(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                if (lum < 128) dark++;
            }
        }
        return dark / (double) (img.getWidth() * img.getHeight());
    }
}
