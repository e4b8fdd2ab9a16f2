/** Located problems: how every stage reports a user's mistake as {@code file:line:column: message}. */
package dev.vita.problem;
