package dev.vita;

import dev.vita.emit.FontSet;
import dev.vita.model.Cv;
import dev.vita.model.SourceText;
import dev.vita.problem.Problem;
import dev.vita.problem.Warnings;
import dev.vita.render.LatexEscaper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a build's text needs from fonts, before anything is drawn: a warning for each character no
 * font has (naming it, the field and file:line, and what to install), the installed family that
 * sets each script in the LaTeX route, and a word on which TeX engine that source needs.
 */
final class FontCheck {
    private FontCheck() {}

    /** The font files a profile names under {@code fonts:}, folders expanded to the .ttf/.ttc files inside. */
    static List<Path> fontFiles(Path profileDir, List<String> named) {
        List<Path> out = new ArrayList<>();
        for (String name : named) {
            Path p = profileDir.resolve(name).normalize();
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p, 4)) {
                    walk.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ttf|ttc)"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    // checked when the profile was read; a folder gone since holds nothing
                }
            } else if (Files.isRegularFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Warns about every character no font draws (once each, at its first place), and returns, for
     * each script the LaTeX route sets in a font of its own, the installed family ("" when none is).
     */
    static Map<String, String> check(Cv cv, FontSet fonts, List<Path> extra, Warnings warnings) {
        Map<Integer, List<SourceText>> missingAt = new TreeMap<>();
        Map<Integer, String> install = new HashMap<>();
        Map<String, String> tex = new TreeMap<>();
        Map<String, Integer> sample = new HashMap<>();
        for (SourceText t : cv.texts()) {
            String s = t.text();
            boolean plain = true;
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 0x80) {
                    plain = false;
                    break;
                }
            }
            if (plain) continue;
            for (FontSet.Missing m : fonts.missing(s, extra)) {
                missingAt.computeIfAbsent(m.codePoint(), k -> new ArrayList<>()).add(t);
                install.put(m.codePoint(), m.debianPackage());
            }
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                String script = LatexEscaper.ownFont(cp);
                if (script != null) sample.putIfAbsent(script, cp);
            }
        }
        for (var e : missingAt.entrySet()) {
            int cp = e.getKey();
            SourceText at = e.getValue().get(0);
            String more = e.getValue().size() > 1 ? " (and " + (e.getValue().size() - 1) + " more places)" : "";
            warnings.add(new Problem(at.file(), at.line(), at.column(), at.field() + ": " + String.format("U+%04X", cp)
                    + " " + name(cp) + " is in no font Vita can find" + more + "; the PDF shows '#' for it: install "
                    + install.get(cp) + " (Debian) or name a font file that has it under fonts: in profile.yaml"));
        }
        for (var e : sample.entrySet()) tex.put(e.getKey(), fonts.installedFamily(e.getValue(), extra).orElse(""));
        if (!sample.isEmpty()) {
            warnings.add(Problem.of(null, "the .tex files have text in " + String.join(", ", sample.keySet().stream().sorted().toList())
                    + ": compile them with xelatex or lualatex (pdflatex prints '?' for it)"));
        }
        return tex;
    }

    private static String name(int cp) {
        String n = Character.getName(cp);
        return n == null ? "" : "(" + n + ")";
    }
}
