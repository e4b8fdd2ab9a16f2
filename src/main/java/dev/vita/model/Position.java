package dev.vita.model;

import java.util.List;

/** A job or appointment; role and dates are optional because not every source gives them. */
public record Position(
        @Required String organization,
        String role,
        String location,
        @Doc(PartialDate.FORMATS) PartialDate start,
        @Doc(PartialDate.FORMATS) PartialDate end,
        String url,
        String summary,
        List<String> highlights,
        @Doc(Item.TAGS) List<String> tags,
        @Doc(Item.PRIORITY) Integer priority) implements Item {

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
