package dev.vita.emit;

/** One output file of a build: its name inside the output folder and its bytes. */
public record Artifact(String name, byte[] content, long millis) {}
