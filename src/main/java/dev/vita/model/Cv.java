package dev.vita.model;

import java.util.List;

/** Everything a build reads: the profile and the publications of its bib files. */
public record Cv(Profile profile, List<Publication> publications) {
    public Cv {
        publications = Lists.copy(publications);
    }
}
