package dev.vita.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The profile's {@code publications:} block: where the papers come from, how author roles are
 * marked, how author lists are written ({@code authorStyle}: initials, full or family-first;
 * {@code maxAuthors} before "et al."), and how the list is grouped ({@code groupBy}: none, type or
 * year) and numbered; {@code style} names a CSL citation style (apa, ieee, … or a .csl file beside the
 * profile) and {@code macros} defines the LaTeX macros a bib file uses but never defines.
 */
public record PublicationSettings(
        @Doc("BibTeX files beside profile.yaml (default: publications.bib).") List<String> bib,
        @Doc("Symbol per author role (equal, corresponding, cosenior, student); defaults * † ‡ §.") Map<String, String> markers,
        @Doc("How author names are written: initials (A. Example), full (Ada Example) or family-first (Example, Ada).") String authorStyle,
        @Doc("Longest author list before \"et al.\"; the person's own name always stays visible.") Integer maxAuthors,
        @Doc("Group papers by none, type (journal, conference…) or year; newest first.") String groupBy,
        @Doc("Number the papers, the newest with the highest number.") Boolean numbered,
        @Doc("A citation style for the list: a CSL style name (apa, ieee, chicago-author-date, nature, acm-sig-proceedings, …) or a .csl file beside profile.yaml; default: Vita's own format.") String style,
        @Doc("LaTeX macros your bib files use, by name without the backslash: {zhouj: \"J. Zhou\", student: \"#1\"}; #1 stands for the one argument.") Map<String, String> macros) {

    /** Author list styles a profile may name. */
    public static final List<String> AUTHOR_STYLES = List.of("initials", "full", "family-first");
    /** Groupings a profile may name. */
    public static final List<String> GROUPINGS = List.of("none", "type", "year");

    /** Default symbols: * equal contribution, † corresponding, ‡ co-senior, § student. */
    public static final Map<String, String> DEFAULT_MARKERS = Map.of(
            Role.EQUAL.key(), "*",
            Role.CORRESPONDING.key(), "†",
            Role.CO_SENIOR.key(), "‡",
            Role.STUDENT.key(), "§");

    /** The bib list of a profile that names none; compared by identity to tell "named" from "defaulted". */
    public static final List<String> DEFAULT_BIB = List.of("publications.bib");

    public static final PublicationSettings DEFAULT = new PublicationSettings(null, null, null, null, null, null, null, null);

    public PublicationSettings {
        bib = bib == null ? DEFAULT_BIB : List.copyOf(bib);
        markers = markers == null ? DEFAULT_MARKERS : merged(markers);
        authorStyle = authorStyle == null ? "initials" : authorStyle.trim().toLowerCase(Locale.ROOT);
        groupBy = groupBy == null ? "none" : groupBy.trim().toLowerCase(Locale.ROOT);
        numbered = numbered != null && numbered;
        style = style == null || style.isBlank() ? null : style.strip();
        macros = macros == null ? Map.of() : withoutNulls(macros);
    }

    /** Role keys may be spelt as in author+an ("co-senior", "cosenior"); unknown ones are kept for the check to name. */
    private static Map<String, String> merged(Map<String, String> custom) {
        Map<String, String> all = new HashMap<>(DEFAULT_MARKERS);
        custom.forEach((k, v) -> {
            Role r = Role.ofKey(k);
            all.put(r == null ? k : r.key(), v);
        });
        return Map.copyOf(all);
    }

    /** A macro written with no value ({@code zhouj:}) expands to nothing rather than failing. */
    private static Map<String, String> withoutNulls(Map<String, String> in) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v == null ? "" : v));
        return java.util.Collections.unmodifiableMap(out);
    }

    /** True when the profile named its bib files (they must then exist), false when it left the default. */
    public boolean bibNamed() {
        return bib != DEFAULT_BIB;
    }

    /** The symbol printed after an author holding this role. */
    public String marker(Role role) {
        return markers.getOrDefault(role.key(), "*");
    }

    /** The role a symbol typed into an author field stands for, or null. */
    public Role roleOfMarker(String symbol) {
        for (Role r : Role.values()) {
            if (marker(r).equals(symbol)) return r;
        }
        return null;
    }
}
