package dev.vita.problem;

import java.nio.file.Path;

/** One located mistake; line and column are 0 when unknown. */
public record Problem(Path file, int line, int column, String message) {

    /** A problem that concerns a whole file, or no file at all. */
    public static Problem of(Path file, String message) {
        return new Problem(file, 0, 0, message);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(display(file));
            if (line > 0) {
                sb.append(':').append(line);
                if (column > 0) sb.append(':').append(column);
            }
            sb.append(": ");
        }
        return sb.append(message).toString();
    }

    /** Paths print relative to the working directory when below it, as compilers print them. */
    static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }
}
