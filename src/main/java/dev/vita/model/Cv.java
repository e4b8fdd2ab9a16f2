package dev.vita.model;

import java.util.List;

/**
 * Everything a build reads: the profile and the publications of its bib files, and every text
 * the user wrote with where it stands (for checks on the finished documents, such as fonts).
 */
public record Cv(Profile profile, List<Publication> publications, List<SourceText> texts) {
    public Cv {
        publications = Lists.copy(publications);
        texts = Lists.copy(texts);
    }

    /** A CV without source places (built in code, as tests do). */
    public Cv(Profile profile, List<Publication> publications) {
        this(profile, publications, List.of());
    }
}
