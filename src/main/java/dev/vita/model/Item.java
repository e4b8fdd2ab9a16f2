package dev.vita.model;

import java.util.List;

/** Anything a variant can filter by tag, rank by priority and drop to fit a page. */
public interface Item {
    /** Schema text for the tags field. */
    String TAGS = "Tags a variant can pick this item by; no tags: shown everywhere.";
    /** Schema text for the priority field. */
    String PRIORITY = "Higher is kept longer when a page must fit.";

    /** The words a person would use to name this item in a report. */
    String describe();

    /** Tags used by variants to pick items; empty means "shown everywhere". */
    List<String> tags();

    /** Explicit rank, higher is kept longer; null means derived from order and date. */
    Integer priority();
}
