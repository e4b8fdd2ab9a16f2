/** Page fit: shrinks type within floors, drops lowest-priority items and grows spacing back until a variant fills its page limit. */
package dev.vita.fit;
