package dev.vita.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A paper read from BibTeX. Printed fields are decoded from LaTeX to Unicode rich text; links are
 * checked web addresses; {@code source} keeps the raw entry for the BibTeX export.
 */
public record Publication(
        String key,
        String entryType,
        String kind,
        RichText title,
        List<Author> authors,
        RichText venue,
        String year,
        String month,
        String doi,
        String url,
        String arxiv,
        String pdf,
        String code,
        RichText award,
        RichText note,
        RichText abstractText,
        boolean selected,
        List<String> tags,
        Integer priority,
        BibEntry source) implements Item {

    public Publication {
        authors = Lists.copy(authors);
        tags = Lists.copy(tags);
    }

    @Override
    public String describe() {
        return title == null ? key : title.text();
    }

    /** True when any author carries a role marker. */
    public boolean hasRoles() {
        return authors.stream().anyMatch(a -> !a.roles().isEmpty());
    }

    /** The links a reader can follow, in a fixed order: DOI, arXiv, PDF, code, web page. */
    public List<Link> links() {
        List<Link> out = new ArrayList<>();
        if (doi != null) out.add(new Link("DOI", "https://doi.org/" + doi));
        if (arxiv != null) out.add(new Link("arXiv", "https://arxiv.org/abs/" + arxiv));
        if (pdf != null) out.add(new Link("PDF", pdf));
        if (code != null) out.add(new Link("Code", code));
        if (url != null) out.add(new Link("URL", url));
        return out;
    }
}
