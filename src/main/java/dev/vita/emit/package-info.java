/** Emit stage: turns rendered text into artifacts (PDF through OpenHTMLtoPDF, .tex, .html, .bib) and writes them atomically. */
package dev.vita.emit;
