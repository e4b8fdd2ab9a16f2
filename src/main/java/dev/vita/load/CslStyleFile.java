package dev.vita.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Finds the CSL style a profile names under {@code publications: style:}: a {@code .csl} file beside
 * profile.yaml, or a style of the CSL project's repository (apa, ieee, …) shipped in the jar,
 * independent or dependent (a journal's alias of a parent style, followed to that parent).
 */
public final class CslStyleFile {
    /** Names people look for, offered when a name is misspelt (the repository holds thousands). */
    static final List<String> POPULAR = List.of("apa", "ieee", "chicago-author-date", "chicago-note-bibliography",
            "modern-language-association", "nature", "science", "acm-sig-proceedings", "harvard-cite-them-right",
            "vancouver", "american-physics-society", "american-chemical-society", "the-astrophysical-journal",
            "monthly-notices-of-the-royal-astronomical-society", "elsevier-harvard", "springer-basic-author-date");

    private static final java.util.regex.Pattern PARENT = java.util.regex.Pattern.compile(
            "<link[^>]*href=\"https?://www\\.zotero\\.org/styles/([a-z0-9-]+)\"[^>]*rel=\"independent-parent\"");

    private CslStyleFile() {}

    /** The style's XML, or null when there is no such style. */
    public static String read(String name, Path profileDir) {
        try {
            Path own = own(name, profileDir);
            if (own != null) return Files.readString(own, StandardCharsets.UTF_8);
            if (name.endsWith(".csl") || !name.matches("[a-z0-9][a-z0-9-]*")) return null;
            String xml = resource(name + ".csl");
            if (xml != null) return xml;
            xml = resource("dependent/" + name + ".csl");
            if (xml == null) return null;
            // a dependent style only names its parent, which holds the formatting
            java.util.regex.Matcher parent = PARENT.matcher(xml);
            return parent.find() ? resource(parent.group(1) + ".csl") : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Why a style name cannot be used, or null when it can. */
    static String problem(String name, Path profileDir) {
        if (read(name, profileDir) != null) return null;
        if (name.endsWith(".csl")) return "'" + YamlChecker.shorten(name) + "' not found beside profile.yaml";
        return "'" + YamlChecker.shorten(name) + "' is not a CSL style"
                + YamlChecker.suggestion(name, new LinkedHashSet<>(POPULAR)).replace("known keys", "for example")
                + "; name one of the CSL styles repository (apa, ieee, chicago-author-date, …) or a .csl file beside profile.yaml";
    }

    /** A style file beside the profile (name.csl or name), never outside the profile's folder. */
    private static Path own(String name, Path dir) {
        if (dir == null) return null;
        for (String n : List.of(name, name + ".csl")) {
            Path p = dir.resolve(n).normalize();
            if (p.startsWith(dir.normalize()) && Files.isRegularFile(p) && n.endsWith(".csl")) return p;
        }
        return null;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = CslStyleFile.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
