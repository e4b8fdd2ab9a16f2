package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.Build;
import dev.vita.Project;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Symbols Charis SIL lacks (∩ ⊕ ℝ) are set from the fallback family in fonts/, never dropped. */
class FallbackGlyphTest {
    @Test
    void mathSymbolsFromBibTeXPrintThroughTheFallbackFont(@TempDir Path out) throws IOException {
        Build.Result r = new Build(Project.here(null), Warnings.quiet())
                .make(new Build.Options(Path.of("src/test/resources/profiles/math"), out, "a4", List.of(), "cv"));
        byte[] pdf = r.artifacts().stream().filter(a -> a.name().equals("cv.pdf")).findFirst().orElseThrow().content();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Sets in ℝ: A ∩ B and x ⊕ y"), text);
            List<String> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+DejaVuSerif") || f.endsWith("+DejaVuSerif-Bold")), fonts.toString());
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+CharisSIL") || f.endsWith("+CharisSIL-Bold")), fonts.toString());
        }
    }
}
