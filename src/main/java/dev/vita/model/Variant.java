package dev.vita.model;

import java.util.List;
import java.util.Map;

/**
 * A document made from the profile: which sections in which order, which tags, caps per section,
 * a page limit, an optional page size, sections never dropped to fit, and whether entries are
 * compact (no coursework or abstracts).
 */
public record Variant(
        String title,
        List<String> sections,
        List<String> tags,
        Map<String, Integer> maxItems,
        Integer maxPages,
        String pageSize,
        List<String> required,
        Boolean selectedPublicationsOnly,
        Boolean compact) {

    public Variant {
        sections = Lists.copy(sections);
        tags = Lists.copy(tags);
        required = Lists.copy(required);
        maxItems = maxItems == null ? Map.of() : Map.copyOf(maxItems);
        compact = Boolean.TRUE.equals(compact);
    }
}
