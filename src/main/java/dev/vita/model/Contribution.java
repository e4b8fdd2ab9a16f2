package dev.vita.model;

import java.util.List;

/** An open-source organisation contributed to, with the projects concerned; {@code previous} marks past ones. */
public record Contribution(
        String name,
        List<String> projects,
        String url,
        String summary,
        Boolean previous,
        List<String> tags,
        Integer priority) implements Item {

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
