package dev.vita.select;

import dev.vita.model.Item;
import dev.vita.model.PartialDate;
import dev.vita.model.RichText;
import java.util.List;

/**
 * One entry as the templates lay it out, whatever section it comes from: the same record for an
 * experience, a degree, an award or a custom section's line. Each entry kind's template uses the
 * parts it needs: the date column ({@code when}) or a {@code label} there, a title (linked when
 * {@code url} is set) with its organization, location and {@code aside}, a summary, lines of
 * dot-separated details, a labelled note (coursework) and bullet highlights; numbered entries carry their number.
 * Dates are already written in the document's language.
 */
public record EntryView(
        String when,
        RichText label,
        RichText title,
        String url,
        RichText organization,
        String location,
        RichText aside,
        RichText summary,
        List<List<RichText>> details,
        List<RichText> highlights,
        String noteLabel,
        List<RichText> note,
        Integer number,
        PartialDate dated,
        Item source) implements Item {

    public EntryView {
        when = when == null ? "" : when;
        details = details == null ? List.of() : details.stream().filter(l -> !l.isEmpty()).map(List::copyOf).toList();
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        note = note == null ? List.of() : List.copyOf(note);
    }

    /** The year that dates this entry, or a late year when undated (so undated entries count as recent). */
    public int year() {
        return dated == null ? 9999 : dated.year();
    }

    @Override
    public String describe() {
        if (source != null) return source.describe();
        RichText r = title != null ? title : label != null ? label : summary;
        return r == null ? "" : r.text();
    }

    @Override
    public List<String> tags() {
        return source == null ? List.of() : source.tags();
    }

    @Override
    public Integer priority() {
        return source == null ? null : source.priority();
    }
}
