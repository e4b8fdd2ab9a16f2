package dev.vita.model;

import java.util.List;

/** A degree or programme at an institution, with optional GPA, highlights (honours, roles) and coursework. */
public record Education(
        @Required RichText institution,
        RichText degree,
        List<RichText> details,
        String location,
        @Doc(PartialDate.FORMATS) PartialDate start,
        @Doc(PartialDate.FORMATS) PartialDate end,
        String gpa,
        List<RichText> highlights,
        List<RichText> coursework,
        String url,
        @Doc(Item.TAGS) List<String> tags,
        @Doc(Item.PRIORITY) Integer priority) implements Item {

    public Education {
        details = Lists.copy(details);
        highlights = Lists.copy(highlights);
        coursework = Lists.copy(coursework);
        tags = Lists.copy(tags);
    }

    /** The period as printed, e.g. "Jan 2024 – present". */
    public String when() {
        return PartialDate.range(start, end);
    }

    @Override
    public String describe() {
        return institution.text();
    }
}
