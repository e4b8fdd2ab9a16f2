package dev.vita.model;

import java.util.List;

/** An open-source organisation contributed to, with the projects concerned; {@code previous} marks past ones. */
public record Contribution(
        @Required String name,
        List<String> projects,
        String url,
        String summary,
        @Doc("true for past involvement.") Boolean previous,
        @Doc(Item.TAGS) List<String> tags,
        @Doc(Item.PRIORITY) Integer priority) implements Item {

    public Contribution {
        projects = Lists.copy(projects);
        previous = Boolean.TRUE.equals(previous);
        tags = Lists.copy(tags);
    }

    @Override
    public String label() {
        return name;
    }
}
