/** Select stage: turns a CV and a variant into the ordered, filtered document a renderer lays out. */
package dev.vita.select;
