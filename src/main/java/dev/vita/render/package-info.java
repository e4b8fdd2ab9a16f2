/** Render stage: FreeMarker templates turn a selected document into HTML or LaTeX text, escaping by output format. */
package dev.vita.render;
