/** The command line (picocli): build, and how results and mistakes are printed and turned into exit codes. */
package dev.vita.cli;
