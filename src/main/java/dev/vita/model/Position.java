package dev.vita.model;

import java.util.List;

/** A job or appointment; role and dates are optional because not every source gives them. */
public record Position(
        String organization,
        String role,
        String location,
        PartialDate start,
        PartialDate end,
        String url,
        String summary,
        List<String> highlights,
        List<String> tags,
        Integer priority) implements Item {

    public Position {
        highlights = Lists.copy(highlights);
        tags = Lists.copy(tags);
    }

    /** The period as printed, e.g. "Jan 2024 – present". */
    public String when() {
        return PartialDate.range(start, end);
    }

    @Override
    public String label() {
        return organization;
    }
}
