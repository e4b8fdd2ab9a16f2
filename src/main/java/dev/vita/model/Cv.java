package dev.vita.model;

import java.util.List;

/**
 * Everything a build reads: the profile, the publications of its bib files, its photo (or null), and
 * every text the user wrote with where it stands (for checks on the finished documents, such as fonts).
 */
public record Cv(Profile profile, List<Publication> publications, Photo photo, List<SourceText> texts) {
    public Cv {
        publications = Lists.copy(publications);
        texts = Lists.copy(texts);
    }

    /** A CV without a photo or source places (built in code, as tests do). */
    public Cv(Profile profile, List<Publication> publications) {
        this(profile, publications, null, List.of());
    }
}
