package dev.vita.model;

/** A labelled web link shown in the CV's header (homepage, Google Scholar, GitHub…). */
public record Link(@Required String label, @Required @Doc("An http:// or https:// address.") String url) {}
