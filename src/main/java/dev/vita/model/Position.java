package dev.vita.model;

import java.util.List;

/** A job or appointment; role and dates are optional because not every source gives them. */
public record Position(
        @Required RichText organization,
        RichText role,
        String location,
        @Doc(PartialDate.FORMATS) PartialDate start,
        @Doc(PartialDate.FORMATS) PartialDate end,
        String url,
        RichText summary,
        List<RichText> highlights,
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
    public String describe() {
        return organization.text();
    }
}
