package dev.vita;

import dev.vita.emit.FontSet;
import dev.vita.load.ThemeCatalog;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where templates and fonts come from: a theme folder given by the user, then the project's own
 * {@code templates/}, {@code themes/} and {@code fonts/} in the working directory, then the copies built
 * into the jar.
 */
public record Project(Path themeTemplates, Path workingDir) {

    /** The project in the current working directory, with an optional theme folder. */
    public static Project here(Path themeTemplates) {
        return new Project(themeTemplates, Path.of("").toAbsolutePath());
    }

    /** Template folders in lookup order; the jar's built-in templates come after these. */
    public List<Path> templateFolders() {
        List<Path> out = new ArrayList<>();
        if (themeTemplates != null) out.add(themeTemplates);
        out.add(workingDir.resolve("templates"));
        return out;
    }

    /** Template folders in lookup order for a theme whose folder is given (null: none). */
    public List<Path> templateFolders(Path themeFolder) {
        List<Path> out = new ArrayList<>();
        if (themeTemplates != null) out.add(themeTemplates);
        if (themeFolder != null) out.add(themeFolder);
        out.add(workingDir.resolve("templates"));
        return out;
    }

    /** The themes: the project's {@code themes/} first, then those built into the jar. */
    public ThemeCatalog themes() {
        return new ThemeCatalog(List.of(workingDir.resolve("themes"), builtIn("/vita/themes")));
    }

    /** The families Vita's own stylesheet and fallbacks name; the built-in fonts provide them. */
    static final java.util.Set<String> VITA_FAMILIES = java.util.Set.of("Charis SIL", "DejaVu Serif", "DejaVu Math TeX Gyre", "Liberation Sans");

    /**
     * The fonts of the project's fonts folder, with the built-in ones for Vita's families that folder
     * lacks: a fonts/ folder in the working directory that holds other fonts adds to Vita's fonts
     * rather than leaving the PDF without its text family (one with no font at all is an error).
     */
    public FontSet fonts() {
        Path local = workingDir.resolve("fonts");
        if (!Files.isDirectory(local)) return FontSet.load(builtIn("/vita/fonts"));
        FontSet mine = FontSet.load(local);
        if (mine.families().containsAll(VITA_FAMILIES)) return mine;
        return mine.over(FontSet.load(builtIn("/vita/fonts")));
    }

    /** Folders the PDF renderer may read from: templates, fonts and the profile's folder. */
    public List<Path> allowedFolders(Path profileDir) {
        List<Path> out = new ArrayList<>(templateFolders());
        out.add(workingDir.resolve("fonts"));
        out.add(workingDir.resolve("themes"));
        out.add(profileDir);
        return out;
    }

    /** Every file below the template folders and the project's fonts folder (those that exist). */
    public List<Path> themeFiles() {
        List<Path> folders = new ArrayList<>(templateFolders());
        folders.add(workingDir.resolve("fonts"));
        folders.add(workingDir.resolve("themes"));
        List<Path> out = new ArrayList<>();
        for (Path f : folders) {
            if (!Files.isDirectory(f)) continue;
            try (var walk = Files.walk(f)) {
                walk.filter(Files::isRegularFile).forEach(out::add);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                // an unreadable corner of a theme cannot be an input either
            }
        }
        return out;
    }

    /** A folder packaged in the jar (or in target/classes when run from the build tree). */
    static Path builtIn(String resource) {
        try {
            URI uri = Project.class.getResource(resource).toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("the jar lacks its built-in " + resource, e);
        }
    }
}
