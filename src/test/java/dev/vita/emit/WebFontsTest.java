package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.SampleBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The web page carries the PDF's typefaces: one @font-face per face, each a subset holding every character of the page. */
class WebFontsTest {
    private static final Pattern FACE = Pattern.compile(
            "@font-face \\{ font-family: \"([^\"]+)\"; font-weight: (\\d+); font-style: (\\w+);[^}]*base64,([A-Za-z0-9+/=]+)\\)");

    @ParameterizedTest
    @CsvSource({"classic, Charis SIL, fonts/charis-sil/CharisSIL-Regular.ttf", "engineering, Liberation Sans, fonts/liberation-sans/LiberationSans-Regular.ttf",
            "academic, Charis SIL, fonts/charis-sil/CharisSIL-Regular.ttf"})
    void everyFaceOfTheThemesFamilyIsInlinedAsASubsetOfThePagesCharacters(String theme, String family, String fullFont) throws IOException {
        String html = Files.readString(SampleBuild.out(theme).resolve("cv.html"), StandardCharsets.UTF_8);
        String text = Jsoup.parse(html).body().text();
        Matcher m = FACE.matcher(html);
        int faces = 0;
        try (TrueTypeFont full = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(Path.of(fullFont))))) {
            while (m.find()) {
                assertEquals(family, m.group(1), "only the theme's families are inlined");
                byte[] bytes = Base64.getDecoder().decode(m.group(4));
                assertTrue(bytes.length < 40_000, family + " " + m.group(2) + " " + m.group(3) + ": " + bytes.length + " bytes, not a subset");
                faces++;
                if (!m.group(2).equals("400") || !m.group(3).equals("normal")) continue;
                try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    var inFull = full.getUnicodeCmapLookup();
                    var inSubset = subset.getUnicodeCmapLookup();
                    text.codePoints().filter(c -> inFull.getGlyphId(c) > 0).forEach(c ->
                            assertTrue(inSubset.getGlyphId(c) > 0, () -> theme + ": the subset lacks U+" + Integer.toHexString(c)));
                }
            }
        }
        assertEquals(4, faces, "regular, italic, bold and bold italic");
    }
}
