package dev.vita.model;

import java.util.List;
import java.util.Map;

/** Where the publications come from and how author roles are marked. */
public record PublicationSettings(
        @Doc("BibTeX files beside profile.yaml (default: publications.bib).") List<String> bib,
        @Doc("Symbol per author role (equal, corresponding, cosenior, student).") Map<String, String> markers) {

    /** Default symbols: * for equal contribution, † for corresponding author. */
    public static final Map<String, String> DEFAULT_MARKERS = Map.of(
            Role.EQUAL.key(), "*",
            Role.CORRESPONDING.key(), "†",
            Role.CO_SENIOR.key(), "‡",
            Role.STUDENT.key(), "§");

    public static final PublicationSettings DEFAULT = new PublicationSettings(List.of("publications.bib"), null);

    public PublicationSettings {
        bib = bib == null ? List.of("publications.bib") : List.copyOf(bib);
        markers = markers == null ? DEFAULT_MARKERS : merged(markers);
    }

    private static Map<String, String> merged(Map<String, String> custom) {
        var all = new java.util.HashMap<>(DEFAULT_MARKERS);
        all.putAll(custom);
        return Map.copyOf(all);
    }

    /** The symbol printed after an author holding this role. */
    public String marker(Role role) {
        return markers.getOrDefault(role.key(), "*");
    }
}
