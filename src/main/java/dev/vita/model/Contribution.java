package dev.vita.model;

import java.util.List;

/** An open-source organisation contributed to, with the projects concerned; {@code previous} marks past ones. */
public record Contribution(
        @Required RichText name,
        List<String> projects,
        String url,
        RichText summary,
        @Doc("true for past involvement.") Boolean previous,
        @Doc(Item.TAGS) List<String> tags,
        @Doc(Item.PRIORITY) Integer priority) implements Item {

    public Contribution {
        projects = Lists.copy(projects);
        previous = Boolean.TRUE.equals(previous);
        tags = Lists.copy(tags);
    }

    @Override
    public String describe() {
        return name.text();
    }
}
