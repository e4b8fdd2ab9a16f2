/** Vita: one profile and one BibTeX file become a CV, a résumé, LaTeX, HTML and BibTeX. {@link dev.vita.Build} is the pipeline. */
package dev.vita;
