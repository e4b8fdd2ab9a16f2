package dev.vita.load;

import dev.vita.model.Cv;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.problem.UserError;
import dev.vita.problem.Warnings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a profile folder (profile.yaml and the bib files it names, or those given instead) into a {@link Cv}. */
public final class CvReader {
    private final ProfileReader profiles = new ProfileReader();

    /** Reads {@code dir/profile.yaml}; {@code bibOverride}, when not empty, replaces the profile's bib list. */
    public Cv read(Path dir, List<Path> bibOverride, Warnings warnings) {
        if (!Files.isDirectory(dir)) throw new UserError(dir, "profile folder not found");
        Path file = dir.resolve("profile.yaml");
        if (!Files.exists(file) && Files.exists(dir.resolve("profile.yml"))) file = dir.resolve("profile.yml");
        if (!Files.exists(file)) throw new UserError(file, "no profile.yaml in this folder (vita new makes one)");
        Profile profile = profiles.read(file);
        List<Path> bibs = new ArrayList<>();
        if (bibOverride.isEmpty()) {
            profile.publications().bib().forEach(b -> bibs.add(dir.resolve(b)));
        } else {
            bibs.addAll(bibOverride);
        }
        BibReader reader = new BibReader(new NameMatcher(profile.name(), profile.aliases()), warnings);
        List<Publication> pubs = new ArrayList<>();
        for (Path bib : bibs) {
            if (!Files.exists(bib) && bibOverride.isEmpty() && !profileNamesBib(profile)) continue;
            pubs.addAll(reader.read(bib));
        }
        return new Cv(profile, pubs);
    }

    /** A missing default publications.bib is fine; one the profile names explicitly must exist. */
    private static boolean profileNamesBib(Profile profile) {
        return profile.publications() != dev.vita.model.PublicationSettings.DEFAULT;
    }
}
