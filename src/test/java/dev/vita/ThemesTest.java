package dev.vita;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.load.ThemeCatalog;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Themes: the catalogue, choosing one, what each gives, and the mistakes a user can make with them. */
class ThemesTest {
    private static final String TINY = "name: Ada Example\nheadline: Engineer\nsummary: [Ada's work.]\n";

    @Test
    void theCatalogueHoldsTheThreeThemesEachWithADescription() {
        ThemeCatalog themes = Project.here(null).themes();
        assertEquals(List.of("academic", "classic", "engineering"), List.copyOf(themes.names()));
        for (String name : themes.names()) {
            assertEquals(name, themes.get(name).theme().name());
            assertFalse(themes.get(name).theme().description().isBlank(), name);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"classic", "engineering", "academic"})
    void theResumeFitsOnePageAndTheTextUsesTypographersQuotes(String theme) throws IOException {
        Path out = SampleBuild.out(theme);
        try (PDDocument resume = Loader.loadPDF(out.resolve("resume.pdf").toFile());
                PDDocument cv = Loader.loadPDF(out.resolve("cv.pdf").toFile())) {
            assertEquals(1, resume.getNumberOfPages(), theme + ": resume.pdf");
            String text = new PDFTextStripper().getText(cv);
            assertTrue(text.contains("Zoom’s"), theme + ": no typographer's apostrophe in cv.pdf");
            assertFalse(text.contains("Zoom's"), theme + ": a straight apostrophe in cv.pdf");
        }
        String tex = Files.readString(out.resolve("cv.tex"), StandardCharsets.UTF_8);
        assertTrue(tex.contains("Zoom\\textquoteright{}s"), theme + ": cv.tex");
        assertTrue(Files.readString(out.resolve("publications.bib")).equals(Files.readString(SampleBuild.out().resolve("publications.bib"))),
                "the .bib export does not depend on the theme");
    }

    @Test
    void theThemesLookDifferent() throws IOException {
        List<int[]> firstPages = new ArrayList<>();
        for (String theme : SampleBuild.THEMES) {
            try (PDDocument cv = Loader.loadPDF(SampleBuild.out(theme).resolve("cv.pdf").toFile())) {
                BufferedImage page = new PDFRenderer(cv).renderImageWithDPI(0, 40);
                firstPages.add(page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth()));
                writePicture(theme, new PDFRenderer(cv).renderImageWithDPI(0, 60));
            }
        }
        for (int i = 0; i < firstPages.size(); i++) {
            for (int j = i + 1; j < firstPages.size(); j++) {
                assertFalse(java.util.Arrays.equals(firstPages.get(i), firstPages.get(j)),
                        SampleBuild.THEMES.get(i) + " and " + SampleBuild.THEMES.get(j) + " give the same first page");
            }
        }
    }

    /** The README's pictures (docs/themes/NAME.png): rewritten with -Dgolden.update=true, and must exist. */
    private static void writePicture(String theme, BufferedImage page) throws IOException {
        Path png = Path.of("docs/themes", theme + ".png");
        if ("true".equals(System.getProperty("golden.update"))) {
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
        assertTrue(Files.exists(png), "no picture of " + theme + " for the README: run mvn test -Dgolden.update=true");
    }

    @Test
    void theCommandLineThenTheVariantThenTheProfileChooseTheTheme(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("profile.yaml"), TINY + "theme: engineering\nvariants:\n  cv: {}\n  paper: {theme: academic}\n");
        Build build = new Build(Project.here(null), Warnings.quiet());
        String cv = html(build, dir, "cv", null);
        String paper = html(build, dir, "paper", null);
        assertTrue(cv.contains("font-family: \"Liberation Sans\""), "the profile's theme");
        assertTrue(paper.contains("text-align: center"), "the variant's theme (academic: centred header)");
        assertTrue(html(build, dir, "paper", "classic").contains(".bar {"), "--theme wins");
    }

    private static String html(Build build, Path profile, String variant, String theme) {
        return build.make(new Build.Options(profile, null, "a4", List.of(), variant, theme)).artifacts().stream()
                .filter(a -> a.name().equals(variant + ".html")).findFirst().map(a -> new String(a.content(), StandardCharsets.UTF_8))
                .orElseThrow();
    }

    @Test
    void anUnknownThemeIsALocatedErrorWithASuggestion(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("profile.yaml"), TINY + "theme: clasic\nvariants:\n  cv: {theme: academc}\n");
        Build build = new Build(Project.here(null), Warnings.quiet());
        UserError e = assertThrows(UserError.class, () -> build.make(new Build.Options(dir, null, "a4", List.of(), null)));
        assertTrue(e.getMessage().contains("profile.yaml:4:8: unknown theme 'clasic' — did you mean 'classic'?"), e.getMessage());
        assertTrue(e.getMessage().contains("profile.yaml:6:15: variants.cv.theme: unknown theme 'academc' — did you mean 'academic'?"),
                e.getMessage());
        UserError cli = assertThrows(UserError.class, () -> build.make(new Build.Options(dir, null, "a4", List.of(), null, "zzz")));
        assertEquals("--theme: unknown theme 'zzz' (themes: academic, classic, engineering)", cli.getMessage());
    }

    @Test
    void aThemeOfTheProjectAddsTemplateFragmentsAndBadTokensAreLocated(@TempDir Path project) throws IOException {
        Path mine = Files.createDirectories(project.resolve("themes/mine"));
        String tokens = Files.readString(Path.of("themes/engineering/theme.yaml"));
        Files.writeString(mine.resolve("theme.yaml"), tokens);
        Files.writeString(mine.resolve("cv.css.ftl"), "body { color: ${theme.colors.accent}; } /* mine */\n");
        Path profile = Files.createDirectories(project.resolve("profile"));
        Files.writeString(profile.resolve("profile.yaml"), TINY + "theme: mine\n");
        Build build = new Build(new Project(null, project), Warnings.quiet());
        String page = html(build, profile, "cv", null);
        assertTrue(page.contains("body { color: #1f5f8b; } /* mine */"), "the theme's fragment replaces cv.css.ftl");
        assertTrue(new Project(null, project).themes().names().containsAll(List.of("mine", "classic")), "built-in themes stay");

        Files.writeString(mine.resolve("theme.yaml"), tokens.replace("leading: 1.25", "leadng: 1.25"));
        assertTrue(problems(project, profile).matches("(?s).*themes/mine/theme.yaml:\\d+:\\d+: unknown key 'leadng' in spacing — did you mean 'leading'\\?.*"));
        Files.writeString(mine.resolve("theme.yaml"), tokens.replace("accent: \"#1f5f8b\"", "accent: blue"));
        assertTrue(problems(project, profile).matches("(?s).*themes/mine/theme.yaml:\\d+:\\d+: colors.accent: 'blue' is not a colour: write #rrggbb.*"));
    }

    private static String problems(Path project, Path profile) {
        return assertThrows(UserError.class, () -> new Build(new Project(null, project), Warnings.quiet())
                .make(new Build.Options(profile, null, "a4", List.of(), "cv"))).getMessage();
    }
}
