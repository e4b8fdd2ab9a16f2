package dev.vita.load;

import dev.vita.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds characters no document can hold (C0 controls other than tab and line breaks, U+FFFE and
 * U+FFFF): XML, and so the HTML and PDF, cannot carry them, and they are never meant in a CV.
 */
final class ControlCharacters {
    private static final int MAX_REPORTED = 10;

    private ControlCharacters() {}

    /** One located problem per such character, at most ten. */
    static List<Problem> find(Path file, String text) {
        List<Problem> out = new ArrayList<>();
        int line = 1;
        int col = 1;
        for (int i = 0; i < text.length() && out.size() < MAX_REPORTED; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
                continue;
            }
            if ((c < 0x20 && c != '\t' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
                out.add(new Problem(file, line, col, String.format("control character U+%04X is not allowed: delete it", (int) c)));
            }
            col++;
        }
        return out;
    }
}
