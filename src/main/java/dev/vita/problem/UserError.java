package dev.vita.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A user's mistake (exit 2): one or more located problems, printed without a stack trace. */
public final class UserError extends RuntimeException {
    private final List<Problem> problems;

    public UserError(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public UserError(Problem problem) {
        this(List.of(problem));
    }

    public UserError(Path file, String message) {
        this(Problem.of(file, message));
    }

    public List<Problem> problems() {
        return problems;
    }
}
