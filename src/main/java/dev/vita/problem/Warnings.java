package dev.vita.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects warnings of one build (never fatal) and passes each on as it comes. */
public final class Warnings {
    private final List<Problem> all = new ArrayList<>();
    private final Consumer<Problem> sink;

    public Warnings(Consumer<Problem> sink) {
        this.sink = sink;
    }

    /** Warnings that are kept but not printed, for tests and validation. */
    public static Warnings quiet() {
        return new Warnings(p -> {});
    }

    public synchronized void add(Problem p) {
        all.add(p);
        sink.accept(p);
    }

    public synchronized List<Problem> all() {
        return List.copyOf(all);
    }
}
