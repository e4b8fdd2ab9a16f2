package dev.vita.select;

import dev.vita.model.Author;
import dev.vita.model.Publication;
import dev.vita.model.PublicationSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which authors of a paper are shown under {@code maxAuthors}: the first ones, and always the
 * person's own name (after an ellipsis when it comes later); the rest becomes "et al.".
 */
final class AuthorList {
    private AuthorList() {}

    /** The authors shown, in order. */
    static List<ShownAuthor> shown(Publication p, PublicationSettings s) {
        List<Author> all = p.authors();
        Integer max = max(s);
        List<ShownAuthor> out = new ArrayList<>();
        if (max == null || all.size() <= max) {
            for (Author a : all) out.add(shown(a, s, false));
            return out;
        }
        int selfAt = -1;
        for (int k = 0; k < all.size(); k++) {
            if (all.get(k).self()) {
                selfAt = k;
                break;
            }
        }
        if (selfAt < 0 || selfAt < max) {
            for (int k = 0; k < max; k++) out.add(shown(all.get(k), s, false));
        } else {
            for (int k = 0; k < max - 1; k++) out.add(shown(all.get(k), s, false));
            out.add(shown(all.get(selfAt), s, selfAt > max - 1));
        }
        return out;
    }

    /** True when authors were left out after the last one shown. */
    static boolean etAl(Publication p, PublicationSettings s) {
        List<Author> all = p.authors();
        if (max(s) == null || all.size() <= max(s)) return false;
        List<ShownAuthor> shown = shown(p, s);
        // when the person is the last author nothing follows them
        return !(shown.get(shown.size() - 1).self() && all.get(all.size() - 1).self());
    }

    /** The cut, if any: a citation style names every author, so the legend covers every mark it prints. */
    private static Integer max(PublicationSettings s) {
        return s.style() != null ? null : s.maxAuthors();
    }

    private static ShownAuthor shown(Author a, PublicationSettings s, boolean gap) {
        String marks = a.roles().stream().sorted().map(s::marker).collect(Collectors.joining());
        return new ShownAuthor(a.name(s.authorStyle()), a.self(), a.roles(), marks, gap);
    }
}
