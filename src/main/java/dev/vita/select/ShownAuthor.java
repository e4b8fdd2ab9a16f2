package dev.vita.select;

/**
 * One author as a publication list shows it: the name in the profile's style, whether it is the
 * person (set in bold), its roles and the symbols printed after it, and whether an ellipsis stands before it
 * (authors left out so the person's own name stays visible).
 */
public record ShownAuthor(String name, boolean self, java.util.Set<dev.vita.model.Role> roles, String marks, boolean gapBefore) {}
