/**
 * {@code vita import}: other formats read back into a profile folder, one class per format, listed in
 * {@link dev.vita.importer.Importers}: a PDF's embedded sources, JSON Resume, RenderCV. Beside cli in the stage order:
 * it reads YAML through load and writes BibTeX through emit.
 */
package dev.vita.importer;
