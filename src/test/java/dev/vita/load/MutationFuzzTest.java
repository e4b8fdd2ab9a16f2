package dev.vita.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vita.cli.Main;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * The sample profile and BibTeX, mutated at random the way hands and editors break files: every
 * outcome is success or a located user error (exit 0 or 2), never an uncaught exception, and a
 * failed build never touches the output folder. Most tries stop after loading; a few build fully.
 */
class MutationFuzzTest {
    static final String YAML = read("profile/profile.yaml");
    static final String BIB = read("profile/publications.bib");
    static final String[] YAML_TOKENS = {":", ": ", "- ", " ", "  ", "\n", "\t", "!", "!include x", "!!str ", "&a ", "*a", "[", "]",
        "{", "}", "'", "\"", "#", "%", "@", "`", "|", ">", ",", "?", "<<: ", "~", "null", "2024-13", "javascript:", "\\", "é",
        "\uFEFF", "\u0000", "---\n", "...\n", "name: x\n", "  - \n", "start: 2024\n", "1e9", "0x1F", "yes"};
    static final String[] BIB_TOKENS = {"@", "@@", "{", "}", "=", ",", "\"", "#", "%", "\\", "$", "$\\alpha$", "\\textbf{", "\\(",
        " and ", "\n", "author+an = {1=equal}", "@string{x = \"y\"}", "@comment{", "{\\\"u}", "\uFEFF", "\u0000", "title = ", "~"};

    static final java.util.concurrent.atomic.AtomicInteger TRY = new java.util.concurrent.atomic.AtomicInteger();
    static Path tmp;
    static Path out;
    static Map<String, String> goodOutput;

    @BeforeContainer
    static void goodBuild() throws IOException {
        tmp = Files.createTempDirectory("vita-fuzz");
        out = tmp.resolve("out");
        assertEquals(0, vita("build", "--out", out.toString()));
        goodOutput = hashes(out);
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        try (Stream<Path> all = Files.walk(tmp)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void mutatedYamlLoadsOrIsALocatedError(@ForAll long seed) throws IOException {
        load(mutate(YAML, new Random(seed), YAML_TOKENS), BIB, "yaml-" + seed);
    }

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void mutatedBibTeXLoadsOrIsALocatedError(@ForAll long seed) throws IOException {
        load(YAML, mutate(BIB, new Random(seed), BIB_TOKENS), "bib-" + seed);
    }

    /** Full builds cost a PDF each: few tries, alternating which file is broken. */
    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void mutatedBuildExitsZeroOrTwoAndNeverWritesPartially(@ForAll long seed) throws IOException {
        Random r = new Random(seed);
        boolean yaml = r.nextBoolean();
        Path dir = profile("build-" + seed, yaml ? mutate(YAML, r, YAML_TOKENS) : YAML, yaml ? BIB : mutate(BIB, r, BIB_TOKENS));
        Path target = tmp.resolve("out-" + TRY.incrementAndGet());
        copy(out, target);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--profile", dir.toString(), "--out", target.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertTrue(code == 0 || code == 2, "exit " + code + ": " + err);
        assertFalse(err.toString().contains("Exception"), err.toString());
        Map<String, String> after = hashes(target);
        if (code == 2) assertEquals(goodOutput, after, "a failed build changed the output folder");
        else assertEquals(goodOutput.keySet(), after.keySet(), "a build left extra or missing files");
    }

    private static void load(String yaml, String bib, String name) throws IOException {
        Path dir = profile(name, yaml, bib);
        try {
            new CvReader().read(dir, List.of(), Warnings.quiet());
        } catch (UserError e) {
            assertFalse(e.problems().isEmpty());
            for (Problem p : e.problems()) {
                assertTrue(p.file() != null && !p.message().isBlank(), p.toString());
                assertFalse(p.message().contains("Exception"), p.toString());
            }
        }
    }

    /** One to four edits: insert a token, delete a few characters, drop, double or swap lines, shift indentation. */
    static String mutate(String text, Random r, String[] tokens) {
        StringBuilder sb = new StringBuilder(text);
        for (int n = 1 + r.nextInt(4); n > 0; n--) {
            int at = r.nextInt(sb.length() + 1);
            switch (r.nextInt(6)) {
                case 0 -> sb.insert(at, tokens[r.nextInt(tokens.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(5)));
                case 2 -> sb.replace(Math.min(at, sb.length() - 1), Math.min(at + 1, sb.length()), tokens[r.nextInt(tokens.length)]);
                default -> {
                    List<String> lines = new java.util.ArrayList<>(List.of(sb.toString().split("\n", -1)));
                    int i = r.nextInt(lines.size());
                    switch (r.nextInt(4)) {
                        case 0 -> lines.remove(i);
                        case 1 -> lines.add(i, lines.get(i));
                        case 2 -> lines.set(i, "  " + lines.get(i));
                        default -> {
                            if (i + 1 < lines.size()) lines.add(i + 1, lines.remove(i));
                        }
                    }
                    sb = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return sb.toString();
    }

    private static Path profile(String name, String yaml, String bib) throws IOException {
        Path dir = tmp.resolve(name + "-" + TRY.incrementAndGet());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("profile.yaml"), yaml);
        Files.writeString(dir.resolve("publications.bib"), bib);
        return dir;
    }

    static int vita(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    static Map<String, String> hashes(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                out.put(f.getFileName().toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
