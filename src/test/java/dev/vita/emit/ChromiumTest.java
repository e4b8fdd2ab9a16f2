package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vita.SampleBuild;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web page in a real browser (headless Chromium), in every theme: no horizontal scrolling at
 * 1280 and 390 px, the date column beside the entry on a desktop and stacked above it on a phone,
 * screenshots of both (target/chromium/), and printing without a stray footer atop page 1.
 * Headless Chromium keeps windows at least 500 px wide, so the page is measured inside a frame of
 * the width under test, where its media queries see that width.
 */
class ChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern MEASURE = Pattern.compile("<title>measure (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)</title>");

    @ParameterizedTest
    @CsvSource({"classic, 1280", "classic, 390", "engineering, 1280", "engineering, 390", "academic, 1280", "academic, 390"})
    void fitsTheScreenWithoutHorizontalScrolling(String theme, int width) throws IOException {
        assumeChromium();
        Path dir = Files.createTempDirectory("vita-chromium");
        Files.copy(SampleBuild.out(theme).resolve("cv.html"), dir.resolve("cv.html"));
        Files.writeString(dir.resolve("frame.html"), frame(width), StandardCharsets.UTF_8);
        String dom = chromium(dir, "--window-size=" + Math.max(width, 500) + ",1000", "--virtual-time-budget=5000",
                "--allow-file-access-from-files", "--dump-dom", dir.resolve("frame.html").toUri().toString());
        Matcher m = MEASURE.matcher(dom);
        assertTrue(m.find(), () -> "no measure from Chromium: " + dom.substring(0, Math.min(300, dom.length())));
        double scroll = Double.parseDouble(m.group(1));
        double inner = Double.parseDouble(m.group(2));
        assertEquals(width, inner, 0.5, "the frame's width");
        assertTrue(scroll <= inner, () -> theme + " at " + width + " px: scrollWidth " + scroll + " > innerWidth " + inner);
        double whenBottom = Double.parseDouble(m.group(4));
        double whenLeft = Double.parseDouble(m.group(5));
        double whenRight = Double.parseDouble(m.group(6));
        double whatTop = Double.parseDouble(m.group(7));
        double whatLeft = Double.parseDouble(m.group(8));
        if (width < 600) {
            assertTrue(whenBottom <= whatTop + 1, theme + ": on a phone the date stands above its entry");
        } else if (!theme.equals("engineering")) {
            assertTrue(whenRight <= whatLeft + 1, theme + ": on a desktop the date column is left of the entry");
        } else {
            assertTrue(whenLeft > whatLeft, theme + ": the date ends the entry's first line");
        }

        Path shots = Files.createDirectories(Path.of("target/chromium"));
        Path png = dir.resolve("shot.png");
        chromium(dir, "--window-size=" + Math.max(width, 500) + ",1400", "--hide-scrollbars", "--allow-file-access-from-files",
                "--screenshot=" + png, dir.resolve("frame.html").toUri().toString());
        BufferedImage shot = ImageIO.read(png.toFile());
        ImageIO.write(shot.getSubimage(0, 0, width, shot.getHeight()), "png", shots.resolve(theme + "-" + width + ".png").toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "engineering", "academic"})
    void printsWithoutAStrayFooterAtopPageOne(String theme) throws IOException {
        assumeChromium();
        Path dir = Files.createTempDirectory("vita-print");
        Files.copy(SampleBuild.out(theme).resolve("cv.html"), dir.resolve("cv.html"));
        Path pdf = dir.resolve("printed.pdf");
        chromium(dir, "--no-pdf-header-footer", "--print-to-pdf=" + pdf, dir.resolve("cv.html").toUri().toString());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            first.setSortByPosition(true);
            String text = first.getText(doc).strip();
            String top = text.lines().findFirst().orElse("").strip();
            assertEquals("Hangrui Cao", top, () -> theme + ": page 1 begins " + text.substring(0, Math.min(120, text.length())));
            assertFalse(text.contains("Hangrui Cao — Curriculum Vitae"), theme + ": the running footer's text printed in the page");
        }
    }

    /** A page holding cv.html in a frame of the width under test, which reports what it measured in its title (the date: its text's box). */
    private static String frame(int width) {
        return "<!DOCTYPE html><html><head><title>waiting</title></head><body style=\"margin:0\">"
                + "<iframe id=\"f\" src=\"cv.html\" style=\"display:block;border:0;width:" + width + "px;height:3000px\"></iframe>"
                + "<script>document.getElementById('f').addEventListener('load', function () {"
                + " var d = this.contentDocument, w = this.contentWindow;"
                + " d.fonts.ready.then(function () {"
                + "  var e = d.querySelector('.section-experience .entry') || d.querySelector('.section-education .entry');"
                + "  var r = d.createRange(); r.selectNodeContents(e.querySelector('.when'));"
                + "  var a = r.getBoundingClientRect(), b = e.querySelector('.what .title').getBoundingClientRect();"
                + "  document.title = ['measure', d.documentElement.scrollWidth, w.innerWidth, a.top, a.bottom, a.left, a.right, b.top, b.left].join(' ');"
                + " }); });</script></body></html>";
    }

    private static void assumeChromium() {
        if (Files.isExecutable(CHROMIUM)) return;
        if ("1".equals(System.getenv("VITA_REQUIRE_CHROMIUM"))) fail("chromium is not installed, and VITA_REQUIRE_CHROMIUM=1 requires it");
        Assumptions.abort("chromium is not installed: skipping (VITA_REQUIRE_CHROMIUM=1 makes this a failure)");
    }

    /** Runs headless Chromium with a fresh profile and no network chatter; its standard output. */
    private static String chromium(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("chromium.out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(dir.resolve("chromium.err").toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("chromium did not finish within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
