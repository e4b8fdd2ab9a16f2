package dev.vita.load;

import java.util.ArrayList;
import java.util.List;

/** Splits a BibTeX name list into names and each name into given and family parts, respecting braces, as bibtex does. */
final class Names {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private Names() {}

    /** The names of an author field, as raw LaTeX, white space collapsed. */
    static List<String> list(String field) {
        List<String> out = new ArrayList<>();
        for (String name : splitTopLevel(SPACES.matcher(field).replaceAll(" "), " and ")) {
            String n = name.trim();
            if (!n.isEmpty()) out.add(n);
        }
        return out;
    }

    /** One name as {given, family}; "Family, Given", "Family, Jr, Given" and "Given von Family" are understood. */
    static String[] parts(String name) {
        String n = SPACES.matcher(name.trim()).replaceAll(" ");
        List<String> commaParts = splitTopLevel(n, ",");
        if (commaParts.size() >= 3) {
            String jr = commaParts.get(1).trim();
            return new String[] {commaParts.get(2).trim(), commaParts.get(0).trim() + (jr.isEmpty() ? "" : " " + jr)};
        }
        if (commaParts.size() == 2) {
            return new String[] {commaParts.get(1).trim(), commaParts.get(0).trim()};
        }
        List<String> words = splitTopLevel(n, " ");
        int familyStart = words.size() - 1;
        // lower-case "von" particles belong to the family name
        for (int i = 1; i < words.size() - 1; i++) {
            if (!words.get(i).isEmpty() && Character.isLowerCase(words.get(i).charAt(0))) {
                familyStart = i;
                break;
            }
        }
        return new String[] {
            String.join(" ", words.subList(0, familyStart)),
            String.join(" ", words.subList(familyStart, words.size()))
        };
    }

    /** Each name as {given, family}. */
    static List<String[]> split(String field) {
        return list(field).stream().map(Names::parts).toList();
    }

    /** Splits on a separator that is outside braces; for " and " the match is case-insensitive. */
    static List<String> splitTopLevel(String s, String sep) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && s.regionMatches(true, i, sep, 0, sep.length())) {
                parts.add(s.substring(start, i));
                i += sep.length() - 1;
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
