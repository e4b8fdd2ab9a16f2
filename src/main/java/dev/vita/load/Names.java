package dev.vita.load;

import java.util.ArrayList;
import java.util.List;

/** Splits a BibTeX name list into {given, family} pairs, respecting braces, as bibtex does. */
final class Names {
    private Names() {}

    /** Each name as {given, family}; "Family, Given" and "Given Family" are both understood. */
    static List<String[]> split(String field) {
        List<String[]> out = new ArrayList<>();
        for (String name : splitTopLevel(field, " and ")) {
            String n = name.trim().replaceAll("\\s+", " ");
            if (n.isEmpty()) continue;
            List<String> commaParts = splitTopLevel(n, ",");
            if (commaParts.size() >= 2) {
                // "von Last, Jr, First" or "Last, First"
                String given = commaParts.get(commaParts.size() - 1).trim();
                out.add(new String[] {given, commaParts.get(0).trim()});
            } else {
                List<String> words = splitTopLevel(n, " ");
                int familyStart = words.size() - 1;
                // lower-case "von" particles belong to the family name
                for (int i = 1; i < words.size() - 1; i++) {
                    if (!words.get(i).isEmpty() && Character.isLowerCase(words.get(i).charAt(0))) {
                        familyStart = i;
                        break;
                    }
                }
                out.add(new String[] {
                    String.join(" ", words.subList(0, familyStart)),
                    String.join(" ", words.subList(familyStart, words.size()))
                });
            }
        }
        return out;
    }

    /** Splits on a separator that is outside braces; for " and " the match is case-insensitive. */
    static List<String> splitTopLevel(String s, String sep) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') depth = Math.max(0, depth - 1);
            else if (depth == 0 && s.regionMatches(true, i, sep, 0, sep.length())) {
                parts.add(s.substring(start, i));
                i += sep.length() - 1;
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
