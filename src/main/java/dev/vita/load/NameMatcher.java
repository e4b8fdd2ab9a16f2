package dev.vita.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recognises the profile's own person among authors, whatever the spelling: initials or full given
 * names, "Family, Given" or "Given Family", diacritics, case, hyphenated given names.
 */
public final class NameMatcher {
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s.\\-]+");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private record Key(String family, String givenInitials, String given) {}

    private final List<Key> keys = new ArrayList<>();
    private final String described;

    public NameMatcher(String name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        if (name != null) all.add(name);
        all.addAll(aliases);
        for (String n : all) {
            for (String[] parts : Names.split(n)) keys.add(key(parts[0], parts[1]));
        }
        described = "'" + String.join("' or '", all) + "'";
    }

    /** How the profile's names are quoted in warnings. */
    public String describe() {
        return described;
    }

    /**
     * True when the author is the profile's person: same family name and compatible given names, or
     * the full names with given and family swapped (a name written family-first without a comma).
     */
    public boolean matches(String given, String family) {
        // a Chinese, Japanese or Korean name is one word when written whole ("최재필" is "최, 재필")
        String whole = NOT_LETTER.matcher(fold(family + given)).replaceAll("");
        if (!whole.isEmpty() && keys.stream().anyMatch(mine -> mine.given.isEmpty() && mine.family.equals(whole))) return true;
        if (matches(key(given, family))) return true;
        Key swapped = key(family, given);
        return !swapped.given.isEmpty() && !swapped.family.isEmpty() && keys.stream()
                .anyMatch(mine -> mine.family.equals(swapped.family) && mine.given.equals(swapped.given));
    }

    private boolean matches(Key k) {
        for (Key mine : keys) {
            if (!mine.family.equals(k.family)) continue;
            if (k.givenInitials.isEmpty() || mine.givenInitials.isEmpty()) return true;
            boolean eitherInitials = k.given.length() == k.givenInitials.length()
                    || mine.given.length() == mine.givenInitials.length();
            if (eitherInitials
                    ? mine.givenInitials.startsWith(k.givenInitials) || k.givenInitials.startsWith(mine.givenInitials)
                    : mine.given.equals(k.given)) {
                return true;
            }
        }
        return false;
    }

    private static Key key(String given, String family) {
        String g = fold(given);
        StringBuilder initials = new StringBuilder();
        for (String w : SEPARATORS.split(g)) {
            if (!w.isEmpty()) initials.append(w.charAt(0));
        }
        return new Key(NOT_LETTER.matcher(fold(family)).replaceAll(""), initials.toString(), NOT_LETTER.matcher(g).replaceAll(""));
    }

    /** Lower case without diacritics or braces, so "Müller", "{M\"u}ller" decoded and "muller" agree. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.replace("{", "").replace("}", ""), Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT).trim();
    }
}
