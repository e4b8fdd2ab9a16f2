package dev.vita.model;

import java.util.ArrayList;
import java.util.List;

/** The sections Vita knows by name, in the full CV's order, each with its entry kind; the id is the profile key. */
public enum StandardSection {
    SUMMARY("summary", EntryKind.TEXT),
    INTERESTS("interests", EntryKind.ONELINE),
    EXPERIENCE("experience", EntryKind.DETAILED),
    EDUCATION("education", EntryKind.DETAILED),
    PUBLICATIONS("publications", EntryKind.PUBLICATION),
    PROJECTS("projects", EntryKind.DETAILED),
    OPENSOURCE("opensource", EntryKind.DETAILED),
    AWARDS("awards", EntryKind.DETAILED),
    GRANTS("grants", EntryKind.DETAILED),
    TALKS("talks", EntryKind.DETAILED),
    TEACHING("teaching", EntryKind.DETAILED),
    SUPERVISION("supervision", EntryKind.DETAILED),
    SERVICE("service", EntryKind.DETAILED),
    VOLUNTEER("volunteer", EntryKind.DETAILED),
    CERTIFICATES("certificates", EntryKind.DETAILED),
    SKILLS("skills", EntryKind.ONELINE),
    LANGUAGES("languages", EntryKind.ONELINE),
    REFERENCES("references", EntryKind.DETAILED);

    private final String id;
    private final EntryKind kind;

    StandardSection(String id, EntryKind kind) {
        this.id = id;
        this.kind = kind;
    }

    /** The section's id, as variants and labels name it. */
    public String id() {
        return id;
    }

    /** How its entries are laid out. */
    public EntryKind kind() {
        return kind;
    }

    /** Every standard id in order. */
    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (StandardSection s : values()) out.add(s.id);
        return out;
    }

    /** The section with this id, or null. */
    public static StandardSection of(String id) {
        for (StandardSection s : values()) {
            if (s.id.equals(id)) return s;
        }
        return null;
    }

    /** The entries of the sections that hold {@link Entry} records (awards ... references), else null. */
    public List<Entry> entries(Profile p) {
        return switch (this) {
            case AWARDS -> p.awards();
            case TALKS -> p.talks();
            case TEACHING -> p.teaching();
            case SERVICE -> p.service();
            case GRANTS -> p.grants();
            case SUPERVISION -> p.supervision();
            case LANGUAGES -> p.languages();
            case CERTIFICATES -> p.certificates();
            case VOLUNTEER -> p.volunteer();
            case REFERENCES -> p.references();
            default -> null;
        };
    }
}
