package dev.vita.model;

import java.util.List;

/** A named group of skills, such as "Languages". */
public record SkillGroup(String group, List<String> items, List<String> tags, Integer priority) implements Item {

    public SkillGroup {
        items = Lists.copy(items);
        tags = Lists.copy(tags);
    }

    @Override
    public String label() {
        return group;
    }
}
