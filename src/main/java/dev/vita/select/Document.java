package dev.vita.select;

import dev.vita.model.Author;
import dev.vita.model.Labels;
import dev.vita.model.Photo;
import dev.vita.model.Profile;
import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one variant shows: the person, the sections in order, the legend, the layout, whether entries
 * are compact, the words of its language and the photo (null when none is shown).
 */
public record Document(
        String variant,
        String title,
        Profile person,
        List<Section> sections,
        List<LegendEntry> legend,
        Layout layout,
        boolean compact,
        String generator,
        Labels labels,
        Photo photo) {

    public Document {
        sections = List.copyOf(sections);
        legend = List.copyOf(legend);
        labels = labels == null ? Labels.of(null, null) : labels;
    }

    /** A document in English without a photo. */
    public Document(String variant, String title, Profile person, List<Section> sections, List<LegendEntry> legend,
            Layout layout, boolean compact, String generator) {
        this(variant, title, person, sections, legend, layout, compact, generator, null, null);
    }

    /** The word for a label key in the document's language ("present", "etAl", "coursework", ...). */
    public String label(String key) {
        return labels.get(key);
    }

    /** The language, for the HTML lang attribute. */
    public String lang() {
        return labels.locale();
    }

    /** The role symbols printed after an author's name, in role order ("" when none). */
    public String marks(Author author) {
        PublicationSettings settings = person.publications();
        return author.roles().stream().sorted().map(settings::marker).collect(Collectors.joining());
    }

    /** The authors of a paper as shown: style, own name, role marks, and the cut under maxAuthors. */
    public List<ShownAuthor> authors(Publication p) {
        return AuthorList.shown(p, person.publications());
    }

    /** True when "et al." follows the shown authors of a paper. */
    public boolean etAl(Publication p) {
        return AuthorList.etAl(p, person.publications());
    }

    /** The heading of the group a paper belongs to ("" when the profile does not group). */
    public String group(Publication p) {
        return Selector.groupHeading(p, person.publications().groupBy(), labels);
    }

    /** True when a paper is the first of its group among the shown ones, so its heading goes above it. */
    public boolean startsGroup(Publication p) {
        List<?> pubs = publications();
        int at = pubs.indexOf(p);
        String g = group(p);
        return !g.isEmpty() && (at <= 0 || !g.equals(group((Publication) pubs.get(at - 1))));
    }

    /** The paper's number when the profile numbers them (newest has the highest, so numbers stay put), else null. */
    public Integer number(Publication p) {
        if (!person.publications().numbered()) return null;
        List<?> pubs = publications();
        int at = pubs.indexOf(p);
        return at < 0 ? null : pubs.size() - at;
    }

    private List<?> publications() {
        return sections.stream().filter(s -> s.id().equals("publications")).findFirst().map(Section::items).orElse(List.of());
    }

    /** The same document with another layout, for the page fit. */
    public Document withLayout(Layout other) {
        return new Document(variant, title, person, sections, legend, other, compact, generator, labels, photo);
    }

    /** The same document with other sections, for the page fit; the legend follows what is shown. */
    public Document withSections(List<Section> other) {
        return new Document(variant, title, person, other, Selector.legend(person, other, labels), layout, compact, generator, labels, photo);
    }
}
