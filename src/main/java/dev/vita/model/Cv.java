package dev.vita.model;

import java.util.List;

/** Everything a build reads: the profile, the publications of its bib files and its photo (or null). */
public record Cv(Profile profile, List<Publication> publications, Photo photo) {
    public Cv {
        publications = Lists.copy(publications);
    }

    /** A CV without a photo. */
    public Cv(Profile profile, List<Publication> publications) {
        this(profile, publications, null);
    }
}
