package dev.vita.select;

/** One line of the publications legend, such as "* Equal contribution". */
public record LegendEntry(String symbol, String text) {}
