package dev.vita.model;

import java.util.List;
import java.util.Map;

/**
 * A document made from the profile: which sections in which order, which tags, caps per section,
 * a page limit, an optional page size, sections never dropped to fit, and whether entries are
 * compact (no coursework or abstracts), and its own theme.
 */
public record Variant(
        @Doc("The document's title, e.g. \"Curriculum Vitae\".") String title,
        @Doc("Sections in order, by id: summary, interests, experience, education, publications, projects, opensource, skills, awards, talks, teaching, service, grants, supervision, languages, certificates, volunteer, references, or a custom section's id.") List<String> sections,
        @Doc("Only items with one of these tags (or none) are shown.") List<String> tags,
        @Doc("At most this many items per section, by section name.") Map<String, Integer> maxItems,
        @Doc("Fit the document on this many pages, dropping the lowest-priority items.") Integer maxPages,
        @Doc("a4 or letter.") String pageSize,
        @Doc("Sections never dropped to fit the page limit.") List<String> required,
        @Doc("Only publications marked as selected.") Boolean selectedPublicationsOnly,
        @Doc("Leave out coursework and abstracts.") Boolean compact,
        @Doc("false leaves the photo out (as US résumés usually do).") Boolean photo,
        @Doc("This document's theme, instead of the profile's.") String theme) {

    public Variant {
        sections = Lists.copy(sections);
        tags = Lists.copy(tags);
        required = Lists.copy(required);
        maxItems = maxItems == null ? Map.of() : Map.copyOf(maxItems);
        compact = Boolean.TRUE.equals(compact);
        photo = !Boolean.FALSE.equals(photo);
    }
}
