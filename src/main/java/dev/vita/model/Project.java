package dev.vita.model;

import java.util.List;

/** A project with an optional period; a lone {@code start} is a single date ("2021", "Spring 2022"). */
public record Project(
        @Required RichText name,
        @Doc(PartialDate.FORMATS) PartialDate start,
        @Doc(PartialDate.FORMATS) PartialDate end,
        String url,
        RichText summary,
        List<RichText> highlights,
        @Doc(Item.TAGS) List<String> tags,
        @Doc(Item.PRIORITY) Integer priority) implements Item {

    public Project {
        highlights = Lists.copy(highlights);
        tags = Lists.copy(tags);
    }

    /** The period as printed, e.g. "Jan 2024 – present". */
    public String when() {
        return PartialDate.range(start, end);
    }

    @Override
    public String describe() {
        return name.text();
    }
}
