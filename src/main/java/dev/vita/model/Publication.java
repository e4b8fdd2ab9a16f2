package dev.vita.model;

import java.util.List;

/** A paper read from BibTeX, with printed fields already decoded from LaTeX to Unicode. */
public record Publication(
        String key,
        String entryType,
        String kind,
        String title,
        List<Author> authors,
        String venue,
        String year,
        String month,
        String doi,
        String url,
        String note,
        String abstractText,
        boolean selected,
        List<String> tags,
        Integer priority) implements Item {

    public Publication {
        authors = Lists.copy(authors);
        tags = Lists.copy(tags);
    }

    @Override
    public String label() {
        return title;
    }

    /** True when any author carries a role marker. */
    public boolean hasRoles() {
        return authors.stream().anyMatch(a -> !a.roles().isEmpty());
    }
}
