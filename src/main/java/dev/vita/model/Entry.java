package dev.vita.model;

import java.util.List;

/**
 * One entry of the sections every CV may have (awards, talks, teaching, service, grants,
 * supervision, languages, certificates, volunteer, references) and of custom sections: the common
 * vocabulary (what, with whom, where, when, why), plus the few keys a section really needs.
 * A custom section's plain-string entry is an entry with only {@code text}.
 */
public record Entry(
        @Doc("What: the award, talk, course, grant, language, referee's or student's name.") RichText title,
        @Doc("With whom: institution, venue, funder, company.") RichText organization,
        String location,
        @Doc("When, for a single date. " + PartialDate.FORMATS) PartialDate date,
        @Doc("Start of a period. " + PartialDate.FORMATS) PartialDate start,
        @Doc("End of a period (present for ongoing). " + PartialDate.FORMATS) PartialDate end,
        @Doc("A sentence or two; inline Markdown allowed.") RichText summary,
        @Doc("Bullet points; inline Markdown allowed.") List<RichText> highlights,
        @Doc("An http:// or https:// address.") String url,
        @Doc("A grant's amount, e.g. \"EUR 1.5M\".") String amount,
        @Doc("A language's level, e.g. \"C1\" or \"native\".") RichText level,
        @Doc("A referee's e-mail address.") String email,
        @Doc("A referee's phone number.") String phone,
        @Doc("One-line entries: the label on the left.") RichText label,
        @Doc("One-line entries: the text beside the label.") RichText details,
        @Doc("Bullet, text and numbered entries: the text (a plain string entry means the same).") RichText text,
        @Doc(Item.TAGS) List<String> tags,
        @Doc(Item.PRIORITY) Integer priority) implements Item {

    public Entry {
        highlights = Lists.copy(highlights);
        tags = Lists.copy(tags);
    }

    /** An entry that is only a piece of text. */
    public static Entry ofText(RichText text) {
        return new Entry(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, text, null, null);
    }

    /** The date that ends this entry (its end, date or start), for ordering and priorities; null when undated. */
    public PartialDate last() {
        return end != null ? end : date != null ? date : start;
    }

    @Override
    public String describe() {
        RichText r = title != null ? title : label != null ? label : text != null ? text : organization;
        return r == null ? "" : r.text();
    }
}
