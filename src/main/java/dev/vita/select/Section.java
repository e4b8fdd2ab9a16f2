package dev.vita.select;

import dev.vita.model.StandardSection;
import java.util.List;

/**
 * One section as shown: its id, its heading, its entry kind (which template in {@code templates/entries/}
 * draws each item) and its items in order.
 */
public record Section(String id, String title, String kind, List<?> items) {
    public Section {
        items = List.copyOf(items);
    }

    /** A standard section, its kind known from its id. */
    public Section(String id, String title, List<?> items) {
        this(id, title, StandardSection.of(id) == null ? "detailed" : StandardSection.of(id).kind().id(), items);
    }

    /** The same section with other items, for the page fit. */
    public Section withItems(List<?> other) {
        return new Section(id, title, kind, other);
    }
}
