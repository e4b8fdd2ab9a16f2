package dev.vita.model;

import java.util.Set;

/** One author of a paper: name parts, roles, and whether it is the profile's own person. */
public record Author(String given, String family, Set<Role> roles, boolean self) {

    public Author {
        given = given == null ? "" : given;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** "Q. Pan" style: initials of the given names, then the family name. */
    public String initialsName() {
        StringBuilder sb = new StringBuilder();
        for (String part : given.split("\\s+")) {
            if (part.isEmpty()) continue;
            for (String hyph : part.split("-", -1)) {
                if (hyph.isEmpty()) continue;
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') sb.append(' ');
                sb.appendCodePoint(hyph.codePointAt(0)).append('.');
                if (part.indexOf('-') >= 0 && !part.endsWith(hyph)) sb.append('-');
            }
        }
        return sb.length() == 0 ? family : sb + " " + family;
    }

    /** "Qiang Pan" style, the name as written. */
    public String fullName() {
        return given.isEmpty() ? family : given + " " + family;
    }
}
