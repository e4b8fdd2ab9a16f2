package dev.vita.load;

import dev.vita.model.Cv;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.model.SourceText;
import dev.vita.problem.Problem;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a profile folder (profile.yaml and the bib files it names, or those given instead) into a {@link Cv}. */
public final class CvReader {
    /** BibTeX files are longer than profiles, but not this long. */
    static final long MAX_BIB_BYTES = 16L << 20;

    private final ProfileReader profiles = new ProfileReader();

    /** Reads {@code dir/profile.yaml}; {@code bibOverride}, when not empty, replaces the profile's bib list. */
    public Cv read(Path dir, List<Path> bibOverride, Warnings warnings) {
        return read(dir, bibOverride, warnings, null);
    }

    /** As {@link #read(Path, List, Warnings)}, and the themes the profile names must be in {@code themes}. */
    public Cv read(Path dir, List<Path> bibOverride, Warnings warnings, ThemeCatalog themes) {
        if (!Files.isDirectory(dir)) throw new UserError(dir, "profile folder not found");
        Path file = dir.resolve("profile.yaml");
        if (!Files.exists(file) && Files.exists(dir.resolve("profile.yml"))) file = dir.resolve("profile.yml");
        if (!Files.exists(file)) throw new UserError(file, "no profile.yaml in this folder (vita new makes one)");
        ProfileReader.Located located = profiles.readLocated(file);
        Profile profile = located.profile();
        located.warnings().forEach(warnings::add);
        dev.vita.model.Photo photo = profile.photo() == null ? null : PhotoReader.read(dir, profile.photo(), located.locations());
        List<Path> bibs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (themes != null) problems.addAll(unknownThemes(profile, located.locations(), themes));
        if (bibOverride.isEmpty()) {
            List<String> named = profile.publications().bib();
            for (int i = 0; i < named.size(); i++) {
                Path bib = dir.resolve(named.get(i));
                // a missing default publications.bib is fine; one the profile names explicitly must exist
                if (!Files.exists(bib) && !profileNamesBib(profile)) continue;
                String path = "publications.bib[" + (i + 1) + "]";
                String wrong = unusable(bib);
                if (wrong != null) problems.add(located.locations().problem(path, path + ": '" + named.get(i) + "' " + wrong));
                else bibs.add(bib);
            }
        } else {
            for (Path bib : bibOverride) {
                String wrong = unusable(bib);
                if (wrong != null) problems.add(Problem.of(bib, Files.exists(bib) ? wrong : "bibliography file not found"));
                else bibs.add(bib);
            }
        }
        for (Path bib : bibs) {
            try {
                problems.addAll(ControlCharacters.find(bib, new String(Files.readAllBytes(bib), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(Problem.of(bib, "cannot be read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) throw new UserError(problems);
        BibReader reader = new BibReader(new NameMatcher(profile.name(), profile.aliases()), profile.publications(), warnings);
        List<Publication> pubs = bibs.isEmpty() ? List.of() : reader.read(bibs);
        List<SourceText> texts = new ArrayList<>(located.locations().texts());
        for (Publication pub : pubs) texts.addAll(texts(pub));
        return new Cv(profile, pubs, photo, texts);
    }

    /** The printed text of a paper, by field, at its entry's line. */
    private static List<SourceText> texts(Publication p) {
        List<SourceText> out = new ArrayList<>();
        if (p.source() == null) return out;
        java.util.function.BiConsumer<String, String> add = (field, text) -> {
            if (text != null && !text.isEmpty()) out.add(new SourceText(p.source().file(), p.source().line(), 0, p.key() + "." + field, text));
        };
        if (p.title() != null) add.accept("title", p.title().text());
        if (p.venue() != null) add.accept("venue", p.venue().text());
        if (p.note() != null) add.accept("note", p.note().text());
        if (p.award() != null) add.accept("award", p.award().text());
        if (p.abstractText() != null) add.accept("abstract", p.abstractText().text());
        for (var a : p.authors()) add.accept("author", a.given() + " " + a.family());
        return out;
    }

    /** Why a bib file cannot be read, or null when it can. */
    private static String unusable(Path bib) {
        if (!Files.exists(bib)) return "not found (looked for " + bib + ")";
        if (Files.isDirectory(bib)) return "is a folder, not a BibTeX file";
        if (!Files.isReadable(bib)) return "cannot be read (permission denied)";
        try {
            if (Files.size(bib) > MAX_BIB_BYTES) return "is larger than " + (MAX_BIB_BYTES >> 20) + " MiB; refused";
        } catch (IOException e) {
            return "cannot be read: " + e.getMessage();
        }
        return null;
    }

    private static boolean profileNamesBib(Profile profile) {
        return profile.publications().bibNamed();
    }

    /** The profile's and its variants' {@code theme:} values that name no theme, located. */
    private static List<Problem> unknownThemes(Profile profile, Locations at, ThemeCatalog themes) {
        List<Problem> out = new ArrayList<>();
        if (profile.theme() != null && !themes.names().contains(profile.theme())) {
            out.add(at.problem("theme", themes.unknown(profile.theme())));
        }
        profile.variants().forEach((name, v) -> {
            if (v.theme() != null && !themes.names().contains(v.theme())) {
                out.add(at.problem("variants." + name + ".theme", "variants." + name + ".theme: " + themes.unknown(v.theme())));
            }
        });
        return out;
    }
}
