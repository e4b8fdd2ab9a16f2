package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.vita.SampleBuild;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The sample's out/publications.bib: byte-equal to its golden file, ASCII, roles as author+an and
 * none left in names, and read without an error by classic bibtex and by biber, which must see every
 * annotation. A missing tool skips, unless VITA_REQUIRE_TEX=1 (CI).
 */
class BibExportTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/publications.bib");

    static String export() throws IOException {
        return Files.readString(SampleBuild.out().resolve("publications.bib"));
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        if (Boolean.getBoolean("golden.update")) Files.writeString(GOLDEN, export());
        assertEquals(Files.readString(GOLDEN), export());
    }

    @Test
    void rolesTravelAsAnnotationsNotAsSymbolsInNames() throws IOException {
        String bib = export();
        assertTrue(bib.chars().allMatch(c -> c < 0x80), "ASCII only");
        assertEquals(4, count(bib, "(?m)^@"));
        assertEquals(2, count(bib, "(?m)^  author\\+an = \\{1=equal; 2=equal\\},$"));
        for (String line : bib.lines().filter(l -> l.startsWith("  author ")).toList()) {
            assertFalse(line.matches(".*(\\*|dagger|\\\\dag|textsuperscript|\\$).*"), line);
        }
    }

    @Test
    void classicBibtexReadsItWithoutAnError() throws IOException {
        assumeInstalled("pdflatex");
        assumeInstalled("bibtex");
        Path dir = copy("\\documentclass{article}\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{pubs}\\end{document}\n");
        run(dir, "pdflatex", "-interaction=batchmode", "t.tex");
        String out = run(dir, "bibtex", "t");
        assertFalse(out.contains("error message"), out);
        assertFalse(out.contains("Warning--"), out);
        String bbl = Files.readString(dir.resolve("t.bbl"));
        assertEquals(4, count(bbl, "\\\\bibitem"));
    }

    @Test
    void biberSeesEveryAnnotationAndBiblatexPrintsThem() throws IOException {
        assumeInstalled("pdflatex");
        assumeInstalled("biber");
        Path dir = copy("""
                \\documentclass{article}\\usepackage[backend=biber]{biblatex}\\addbibresource{pubs.bib}
                \\renewcommand*{\\mkbibnamefamily}[1]{#1\\ifitemannotation{equal}{EQUALMARK}{}}
                \\begin{document}\\nocite{*}\\printbibliography\\end{document}
                """);
        run(dir, "pdflatex", "-interaction=batchmode", "t.tex");
        String log = run(dir, "biber", "t");
        assertFalse(log.contains("ERROR"), log);
        String bbl = Files.readString(dir.resolve("t.bbl"));
        assertEquals(4, count(bbl, "\\\\annotation\\{item\\}\\{author\\}\\{default\\}\\{[12]\\}\\{\\}\\{0\\}\\{equal\\}"), bbl);
        run(dir, "pdflatex", "-interaction=batchmode", "t.tex");
        try (PDDocument pdf = Loader.loadPDF(dir.resolve("t.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertEquals(2, count(text, "PanEQUALMARK"), text);
            assertEquals(2, count(text, "CaoEQUALMARK"), text);
            assertEquals(4, count(text, "EQUALMARK"), text);
        }
    }

    @Test
    void theWholeQuirksCorpusExportsToBibtexAndBiberCleanly() throws IOException {
        assumeInstalled("pdflatex");
        assumeInstalled("bibtex");
        assumeInstalled("biber");
        List<Path> corpus;
        try (var files = Files.list(Path.of("src/test/resources/bib"))) {
            corpus = files.filter(f -> f.toString().endsWith(".bib")).sorted().toList();
        }
        var read = dev.vita.load.BibFixture.read(dev.vita.model.PublicationSettings.DEFAULT, corpus.toArray(Path[]::new));
        String bib = new String(new BibWriter().write(read.publications()), StandardCharsets.UTF_8);
        assertTrue(read.publications().size() >= 40, "corpus entries exported: " + read.publications().size());
        Path dir = copy("\\documentclass{article}\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{pubs}\\end{document}\n", bib);
        run(dir, "pdflatex", "-interaction=batchmode", "t.tex");
        String out = run(dir, "bibtex", "t");
        assertFalse(out.contains("error message"), out);
        assertEquals(read.publications().size(), count(Files.readString(dir.resolve("t.bbl")), "\\\\bibitem"));
        Path dir2 = copy("\\documentclass{article}\\usepackage[backend=biber]{biblatex}\\addbibresource{pubs.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n", bib);
        run(dir2, "pdflatex", "-interaction=batchmode", "t.tex");
        String log = run(dir2, "biber", "t");
        assertFalse(log.contains("ERROR"), log);
    }

    private static Path copy(String tex) throws IOException {
        return copy(tex, export());
    }

    private static Path copy(String tex, String bib) throws IOException {
        Path dir = Files.createTempDirectory("vita-bib");
        Files.writeString(dir.resolve("pubs.bib"), bib);
        Files.writeString(dir.resolve("t.tex"), tex);
        return dir;
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Runs a tool in the folder; fails on a non-zero exit and returns what it printed. */
    static String run(Path dir, String... command) throws IOException {
        Path out = dir.resolve(command[0] + ".out");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail(command[0] + " did not finish within 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String text = Files.readString(out, StandardCharsets.ISO_8859_1);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
        return text;
    }

    static void assumeInstalled(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) return;
        }
        if ("1".equals(System.getenv("VITA_REQUIRE_TEX"))) fail(tool + " is not installed, and VITA_REQUIRE_TEX=1 requires it");
        Assumptions.abort(tool + " is not installed: skipping (VITA_REQUIRE_TEX=1 makes this a failure)");
    }

}
