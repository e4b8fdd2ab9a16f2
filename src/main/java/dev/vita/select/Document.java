package dev.vita.select;

import dev.vita.model.Author;
import dev.vita.model.Profile;
import dev.vita.model.PublicationSettings;
import java.util.List;
import java.util.stream.Collectors;

/** What one variant shows: the person, the sections in order, the legend, the layout, and whether entries are compact. */
public record Document(
        String variant,
        String title,
        Profile person,
        List<Section> sections,
        List<LegendEntry> legend,
        Layout layout,
        boolean compact,
        String generator) {

    public Document {
        sections = List.copyOf(sections);
        legend = List.copyOf(legend);
    }

    /** The role symbols printed after an author's name, in role order ("" when none). */
    public String marks(Author author) {
        PublicationSettings settings = person.publications();
        return author.roles().stream().sorted().map(settings::marker).collect(Collectors.joining());
    }

    /** The same document with another layout, for the page fit. */
    public Document withLayout(Layout other) {
        return new Document(variant, title, person, sections, legend, other, compact, generator);
    }

    /** The same document with other sections, for the page fit; the legend follows what is shown. */
    public Document withSections(List<Section> other) {
        return new Document(variant, title, person, other, Selector.legend(person, other), layout, compact, generator);
    }
}
