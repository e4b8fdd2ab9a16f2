package dev.vita.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vita.load.BibFixture;
import dev.vita.model.Author;
import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import dev.vita.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Vita reading its own export gives the same publications and roles: random entries (accents in
 * LaTeX and in Unicode, emphasis, math, role markers in every spelling and as author+an) are read,
 * exported, read again and compared; exporting twice gives the same bytes.
 */
class BibRoundTripTest {
    private static final List<String> GIVEN = List.of("Ada", "J{\\\"o}rg", "Ren\\'e", "Zoë", "Jean-Pierre", "H.", "Ji\\v{r}{\\'\\i}", "{\\AA}se", "Bj{\\o}rn");
    private static final List<String> FAMILY = List.of("Lovelace", "M{\\\"u}ller", "Gro{\\ss}", "Šedivý", "van Beethoven", "{\\L}ukasz", "Nu\\~nez", "O'Brien", "Cao");
    private static final List<String> MARKERS = List.of("", "", "", "*", "$^*$", "\\textsuperscript{*}", "$^\\dagger$", "\\dag", "†", "‡", "$^{*\\dagger}$");
    private static final List<String> WORDS = List.of("Engines", "{BERT}", "\\emph{in vitro}", "\\textbf{Bold}", "$\\alpha$-Nets",
            "Q$^*$", "\\(\\oplus\\)", "1--10", "---", "R\\&D", "Café", "naïve", "{\\\"u}ber", "Fig.~3", "``quoted''", "Straße", "{\\em old}", "1–2", "x — y", "“Uni”", "α-β", "Erdős");

    @Provide
    Arbitrary<String> entry() {
        Arbitrary<String> name = Combinators.combine(Arbitraries.of(GIVEN), Arbitraries.of(FAMILY), Arbitraries.of(MARKERS),
                Arbitraries.of(true, false)).as((g, f, m, comma) -> comma ? f + m + ", " + g : g + " " + f + m);
        Arbitrary<List<String>> names = name.list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<String> title = Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6).map(w -> String.join(" ", w));
        Arbitrary<String> annotation = Arbitraries.of("", "1=equal", "1=equal; 2=equal", "2=corresponding", "1=cosenior,student");
        Arbitrary<String> type = Arbitraries.of("article", "inproceedings", "misc");
        Arbitrary<Integer> year = Arbitraries.integers().between(1990, 2030);
        Arbitrary<String> extra = Arbitraries.of("", "  note = {Oral},\n", "  award = {Best Paper},\n  keywords = {selected},\n",
                "  doi = {10.1000/x\\_1},\n", "  eprint = {2101.00001},\n  archiveprefix = {arXiv},\n", "  month = feb,\n");
        return Combinators.combine(type, names, annotation, title, title, year, extra).as((t, n, an, ti, venue, y, x) ->
                "@" + t + "{k" + y + ",\n  author = {" + String.join(" and ", n) + "},\n"
                        + (an.isEmpty() ? "" : "  author+an = {" + an + "},\n")
                        + "  title = {" + ti + "},\n  " + (t.equals("article") ? "journal" : "booktitle") + " = {" + venue + "},\n"
                        + "  year = {" + y + "},\n" + x + "}\n");
    }

    @Property(tries = 150)
    void readingTheExportGivesTheSamePublicationsAndRoles(@ForAll("entry") String bib) throws IOException {
        Path dir = Files.createTempDirectory("vita-roundtrip");
        try {
            Path first = Files.writeString(dir.resolve("in.bib"), bib);
            BibFixture.Result a = BibFixture.read(PublicationSettings.DEFAULT, first);
            assertEquals(List.of(), unexpected(a.warnings()), bib);
            byte[] exported = new BibWriter().write(a.publications());
            String text = new String(exported, StandardCharsets.UTF_8);
            // ASCII, but for letters no LaTeX text command prints (Greek, CJK...), which stay UTF-8
            assertEquals(true, text.codePoints().allMatch(c -> c < 0x80
                    || dev.vita.render.LatexEscaper.escape(Character.toString(c)).startsWith("\\vita")), "export is ASCII: " + text);
            Path second = Files.write(dir.resolve("out.bib"), exported);
            BibFixture.Result b = BibFixture.read(PublicationSettings.DEFAULT, second);
            assertEquals(facts(a.publications()), facts(b.publications()), bib + "\n---\n" + text);
            assertEquals(text, new String(new BibWriter().write(b.publications()), StandardCharsets.UTF_8));
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
            Files.delete(dir);
        }
    }

    /** The own-name warning is expected for generated author lists that lack the person. */
    private static List<Problem> unexpected(List<Problem> warnings) {
        return warnings.stream().filter(w -> !w.message().contains("none of the authors matches")).toList();
    }

    /** What a reader sees of each publication, roles included; not where it was read. */
    static List<String> facts(List<Publication> pubs) {
        List<String> out = new ArrayList<>();
        for (Publication p : pubs) {
            StringBuilder sb = new StringBuilder();
            sb.append(p.key()).append('|').append(p.kind()).append('|').append(BibFixture.rich(p.title())).append('|');
            for (Author a : p.authors()) {
                sb.append(a.given()).append(' ').append(a.family()).append(a.self() ? "(self)" : "").append(a.roles().stream().sorted().toList()).append(';');
            }
            sb.append('|').append(p.venue() == null ? "" : BibFixture.rich(p.venue())).append('|').append(p.year()).append('|').append(p.month())
                    .append('|').append(p.note()).append('|').append(p.award()).append('|').append(p.selected()).append('|').append(p.links());
            out.add(sb.toString());
        }
        return out;
    }
}
