/** Load stage: reads profile.yaml (Jackson) and BibTeX files (JBibTeX) into the model. */
package dev.vita.load;
