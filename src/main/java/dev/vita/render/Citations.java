package dev.vita.render;

import dev.vita.model.Publication;
import java.util.Map;

/** The papers written in the profile's citation style, for the templates: {@code cite.of(item)}. */
public record Citations(Map<String, Cited> byKey) {
    public Citations {
        byKey = Map.copyOf(byKey);
    }

    /** The paper as the style writes it, or null when it has none. */
    public Cited of(Publication p) {
        return byKey.get(p.key());
    }
}
