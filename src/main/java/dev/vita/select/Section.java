package dev.vita.select;

import java.util.List;

/** One section as shown: its id (which template part draws it), its heading and its items in order. */
public record Section(String id, String title, List<?> items) {
    public Section {
        items = List.copyOf(items);
    }
}
