package dev.vita.model;

import java.util.List;

/** A named group of skills, such as "Languages". */
public record SkillGroup(@Required String group, List<String> items, @Doc(Item.TAGS) List<String> tags, @Doc(Item.PRIORITY) Integer priority) implements Item {

    public SkillGroup {
        items = Lists.copy(items);
        tags = Lists.copy(tags);
    }

    @Override
    public String describe() {
        return group;
    }
}
