package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12: a profile mixing every script prints each word in cv.pdf, from embedded subsets only;
 * a character no font has is named in a located warning. The page as it should look is
 * src/test/resources/scripts/cv-page1.png.
 */
class ScriptsTest {
    static final Path PROFILE = Path.of("src/test/resources/profiles/scripts");
    /** One word per script; Devanagari without conjuncts, which PDFBox draws right but copies out in glyph order. */
    static final List<String> WORDS = List.of("최재필", "机器学习工程师", "推論システム", "機器學習", "Kỹ sư học máy", "Μηχανικός",
            "Инженер", "مهندس", "מהנדס", "मशीन", "エンジニア", "★", "∞", "中文分词", "삼성전자");

    static Build.Result build(Path out, Warnings warnings, FontSet fonts) {
        return new Build(Project.here(null), warnings, fonts).make(new Build.Options(PROFILE, out, "a4", List.of(), "cv"));
    }

    static byte[] artifact(Build.Result r, String name) {
        return r.artifacts().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow().content();
    }

    /** True when the text holds the word, compatibility forms folded (Arabic presentation forms), in either order. */
    static boolean has(String text, String word) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\u2066-\u2069\u202A-\u202E]+", "");
        String w = Normalizer.normalize(word, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return t.contains(w) || t.contains(new StringBuilder(w).reverse().toString());
    }

    @Test
    void everyScriptIsTextInThePdfFromEmbeddedSubsets(@TempDir Path out) throws IOException {
        Warnings warnings = Warnings.quiet();
        Build.Result r = build(out, warnings, Project.here(null).fonts());
        try (var doc = Loader.loadPDF(artifact(r, "cv.pdf"))) {
            String text = new PDFTextStripper().getText(doc);
            for (String w : WORDS) assertTrue(has(text, w), () -> "cv.pdf lacks '" + w + "': " + text);
            assertFalse(text.contains("#"), text);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName());
                    assertTrue(f.isEmbedded(), () -> "not embedded: " + f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+.+"), () -> "not a subset: " + f.getName());
                }
            }
            // Hebrew is drawn by a shipped face (Liberation Sans, at the end of every theme's chain), so no installed one is added
            for (String family : List.of("NanumMyeongjo", "WenQuanYiZenHei", "IPAMincho", "NotoNaskhArabic", "LiberationSans",
                    "NotoSerifDevanagari", "CharisSIL")) {
                assertTrue(fonts.stream().anyMatch(f -> f.contains(family)), () -> family + " not in " + fonts);
            }
        }
        // every character has a font here (Linear B from fonts-noto-core): nothing to warn about but the TeX engine
        assertTrue(warnings.all().stream().noneMatch(p -> p.message().contains("is in no font")), warnings.all().toString());
        assertTrue(warnings.all().stream().anyMatch(p -> p.message().contains("compile them with xelatex or lualatex")),
                warnings.all().toString());
    }

    @Test
    void aCharacterNoFontHasIsNamedWithItsFieldAndLine(@TempDir Path out) {
        Warnings warnings = Warnings.quiet();
        // the shipped faces only: no installed font can be found
        build(out, warnings, Project.here(null).fonts().withSystemFolders(List.of()));
        Problem linearB = warnings.all().stream().filter(p -> p.message().contains("U+10000")).findFirst()
                .orElseThrow(() -> new AssertionError(warnings.all().toString()));
        assertEquals(PROFILE.resolve("profile.yaml"), linearB.file());
        assertEquals(12, linearB.line(), linearB.toString());
        assertTrue(linearB.message().startsWith("summary[5]: U+10000 (LINEAR B SYLLABLE B008 A) is in no font"), linearB.toString());
        assertTrue(linearB.message().contains("install fonts-noto-core"), linearB.toString());
        assertTrue(warnings.all().stream().anyMatch(p -> p.message().contains("U+CD5C") && p.message().contains("fonts-nanum")),
                warnings.all().toString());
    }

    @Test
    void familyFirstNamesStayWholeAndTheExportKeepsOtherScripts(@TempDir Path out) {
        Build.Result r = build(out, Warnings.quiet(), Project.here(null).fonts());
        String html = new String(artifact(r, "cv.html"), StandardCharsets.UTF_8);
        String authors = Jsoup.parse(html).select(".authors").text();
        assertTrue(authors.contains("최재필"), authors);
        assertFalse(authors.contains("재. 최"), authors);
        assertTrue(Jsoup.parse(html).select(".authors .self").text().contains("최재필"), "the person's own name is bold: " + html);
        String bib = new String(artifact(r, "publications.bib"), StandardCharsets.UTF_8);
        assertTrue(bib.contains("Ελληνικά") && bib.contains("中文"), bib);
        assertFalse(bib.contains("ensuremath"), "Greek as math italics: " + bib);
    }

    @Test
    void aFontTheProfileNamesDrawsWhatNoInstalledFontHas(@TempDir Path dir) throws IOException {
        Path linearB = Path.of("/usr/share/fonts/truetype/noto/NotoSansLinearB-Regular.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(linearB), "fonts-noto-core is not installed");
        Path profile = java.nio.file.Files.createDirectories(dir.resolve("p"));
        java.nio.file.Files.copy(linearB, profile.resolve("LinearB.ttf"));
        java.nio.file.Files.writeString(profile.resolve("profile.yaml"), "name: Ada Example\nsummary: ['Linear B: 𐀀']\nfonts: [LinearB.ttf]\n");
        Warnings warnings = Warnings.quiet();
        Build.Result r = new Build(Project.here(null), warnings, Project.here(null).fonts().withSystemFolders(List.of()))
                .make(new Build.Options(profile, dir.resolve("out"), "a4", List.of(), "cv"));
        assertTrue(warnings.all().stream().noneMatch(p -> p.message().contains("U+10000")), warnings.all().toString());
        try (var doc = Loader.loadPDF(artifact(r, "cv.pdf"))) {
            assertTrue(new PDFTextStripper().getText(doc).contains("𐀀"));
        }
    }

    @Test
    void aFontThatIsNotThereIsALocatedError(@TempDir Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve("profile.yaml"), "name: Ada Example\nfonts: [missing.ttf, profile.yaml]\n");
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.vita.problem.UserError.class,
                () -> new Build(Project.here(null), Warnings.quiet()).make(new Build.Options(dir, null, "a4", List.of(), "cv")));
        String all = e.problems().toString();
        assertTrue(all.contains("profile.yaml:2:9: fonts[1]: 'missing.ttf' not found"), all);
        assertTrue(all.contains("fonts[2]: 'profile.yaml' is not a TrueType font (.ttf or .ttc) or a folder of them"), all);
    }
}
