/** {@code vita import}: other formats read back into a profile folder, one class per format, listed in {@link dev.vita.importer.Importers}. */
package dev.vita.importer;
