package dev.vita.select;

import dev.vita.model.Contribution;
import dev.vita.model.Education;
import dev.vita.model.Entry;
import dev.vita.model.EntryKind;
import dev.vita.model.Labels;
import dev.vita.model.PartialDate;
import dev.vita.model.Position;
import dev.vita.model.Project;
import dev.vita.model.RichText;
import dev.vita.model.SkillGroup;
import java.util.ArrayList;
import java.util.List;

/** Turns every section's records into {@link EntryView}s, the one shape the entry templates draw. */
final class Entries {
    private final Labels labels;
    private final boolean compact;

    Entries(Labels labels, boolean compact) {
        this.labels = labels;
        this.compact = compact;
    }

    EntryView experience(Position p) {
        return new EntryView(labels.range(p.start(), p.end()), null, p.role() != null ? p.role() : p.organization(), null,
                p.role() != null ? p.organization() : null, p.location(), null, p.summary(), null, p.highlights(), null, null,
                null, last(p.start(), p.end()), p);
    }

    EntryView education(Education e) {
        List<RichText> first = new ArrayList<>(e.details());
        if (e.gpa() != null) first.add(RichText.plain(labels.get("gpa") + " " + e.gpa()));
        List<RichText> coursework = compact ? List.of() : e.coursework();
        return new EntryView(labels.range(e.start(), e.end()), null, e.degree() != null ? e.degree() : e.institution(), null,
                e.degree() != null ? e.institution() : null, e.location(), null, null, List.of(first, e.highlights()), null,
                labels.get("coursework"), coursework, null, last(e.start(), e.end()), e);
    }

    EntryView project(Project p) {
        return new EntryView(labels.range(p.start(), p.end()), null, p.name(), p.url(), null, null, null, p.summary(), null,
                p.highlights(), null, null, null, last(p.start(), p.end()), p);
    }

    EntryView openSource(Contribution c) {
        RichText projects = c.projects().isEmpty() ? null : RichText.plain(String.join(", ", c.projects()));
        return new EntryView(labels.get(c.previous() ? "previously" : "current"), null, c.name(), c.url(), null, null, projects,
                c.summary(), null, null, null, null, null, null, c);
    }

    EntryView skills(SkillGroup g) {
        return new EntryView(null, RichText.plain(g.group()), null, null, null, null, null, null,
                List.of(g.items().stream().map(RichText::plain).toList()), null, null, null, null, null, g);
    }

    /** The interests as one line without a label. */
    EntryView interests(List<String> interests) {
        return new EntryView(null, null, null, null, null, null, null, null,
                List.of(interests.stream().map(RichText::plain).toList()), null, null, null, null, null, null);
    }

    EntryView paragraph(RichText text) {
        return new EntryView(null, null, null, null, null, null, null, text, null, null, null, null, null, null, null);
    }

    /** An entry of the standard sections awards … references or of a custom section, as its kind shows it. */
    EntryView entry(Entry e, EntryKind kind, int index) {
        PartialDate last = e.last();
        String when = e.date() != null ? labels.date(e.date()) : labels.range(e.start(), e.end());
        return switch (kind) {
            case ONELINE -> {
                RichText text = first(e.details(), e.level(), e.summary(), e.organization());
                yield new EntryView(when, first(e.label(), e.title(), e.text()), null, e.url(), null, null, null, null,
                        text == null ? List.of() : List.of(List.of(text)), null, null, null, null, last, e);
            }
            case BULLET, TEXT, NUMBERED -> new EntryView(when, null, null, e.url(), null, null, null,
                    first(e.text(), e.title(), e.summary()), null, null, null, null, kind == EntryKind.NUMBERED ? index + 1 : null,
                    last, e);
            default -> {
                List<RichText> facts = new ArrayList<>();
                if (e.amount() != null) facts.add(RichText.plain(e.amount()));
                if (e.level() != null) facts.add(e.level());
                if (e.details() != null) facts.add(e.details());
                List<RichText> contact = new ArrayList<>();
                if (e.email() != null) contact.add(RichText.plain(e.email()));
                if (e.phone() != null) contact.add(RichText.plain(e.phone()));
                RichText title = first(e.title(), e.label(), e.text());
                yield new EntryView(when, null, title != null ? title : e.organization(), e.url(), title != null ? e.organization() : null,
                        e.location(), null, e.summary(), List.of(facts, contact), e.highlights(), null, null, null, last, e);
            }
        };
    }

    private static RichText first(RichText... texts) {
        for (RichText t : texts) {
            if (t != null) return t;
        }
        return null;
    }

    private static PartialDate last(PartialDate start, PartialDate end) {
        return end != null ? end : start;
    }
}
