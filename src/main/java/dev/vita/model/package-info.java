/** The document model: immutable records every reader fills and every writer reads; imports nothing of Vita. */
package dev.vita.model;
