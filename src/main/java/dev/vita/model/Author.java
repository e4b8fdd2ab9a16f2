package dev.vita.model;

import java.util.Set;

/** One author of a paper: name parts (decoded), roles, and whether it is the profile's own person. */
public record Author(String given, String family, Set<Role> roles, boolean self) {

    public Author {
        given = given == null ? "" : given;
        family = family == null ? "" : family;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /**
     * True for a name in Chinese, Japanese or Korean script: written family name first and whole
     * ("최재필", "王小明"), never abbreviated, since an initial of "재필" means nothing.
     */
    public boolean eastAsian() {
        return (family + given).codePoints().anyMatch(cp -> switch (Character.UnicodeScript.of(cp)) {
            case HAN, HANGUL, HIRAGANA, KATAKANA -> true;
            default -> false;
        });
    }

    /** "Q. Pan" style: initials of the given names ("J.-P." for Jean-Pierre), then the family name. */
    public String initialsName() {
        if (eastAsian()) return family + given;
        String i = initials();
        return i.isEmpty() ? family : i + " " + family;
    }

    /** "Qiang Pan" style, the name as written. */
    public String fullName() {
        if (eastAsian()) return family + given;
        return given.isEmpty() ? family : given + " " + family;
    }

    /** "Pan, Qiang" style. */
    public String familyFirst() {
        if (eastAsian()) return family + given;
        return given.isEmpty() ? family : family + ", " + given;
    }

    /** The name in one of {@link PublicationSettings#AUTHOR_STYLES}. */
    public String name(String style) {
        return switch (style) {
            case "full" -> fullName();
            case "family-first" -> familyFirst();
            default -> initialsName();
        };
    }

    /** "J.-P. K." for "Jean-Pierre Karl"; "H. R." for "H.R."; "" without given names. */
    String initials() {
        StringBuilder sb = new StringBuilder();
        for (String word : given.trim().split("\\s+|(?<=\\.)(?=\\p{L})")) {
            if (word.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            String[] parts = word.split("-");
            boolean first = true;
            for (String part : parts) {
                String p = part.replace(".", "");
                if (p.isEmpty()) continue;
                if (!first) sb.append('-');
                sb.appendCodePoint(p.codePointAt(0)).append('.');
                first = false;
            }
        }
        return sb.toString();
    }
}
