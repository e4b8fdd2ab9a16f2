package dev.vita.model;

import java.util.List;

/** Null-tolerant immutable copies, because absent YAML lists arrive as null. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
