package dev.vita.model;

import java.nio.file.Path;

/** A piece of text as the user wrote it and where: for checks that name the field and file:line (fonts). */
public record SourceText(Path file, int line, int column, String field, String text) {}
