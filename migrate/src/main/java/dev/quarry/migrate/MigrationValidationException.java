package dev.quarry.migrate;

import java.util.List;

/**
 * The migrations in the locations do not agree with the history table: an applied script was
 * changed, an applied migration is gone, a migration failed, or one is pending out of order. The
 * message lists every problem; {@link #problems()} gives them one by one. Nothing was run.
 */
public class MigrationValidationException extends MigrationException {
    private static final long serialVersionUID = 1L;

    private final transient List<ValidationProblem> problems;

    public MigrationValidationException(List<ValidationProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in version order. */
    public List<ValidationProblem> problems() {
        return problems;
    }

    private static String describe(List<ValidationProblem> problems) {
        StringBuilder message = new StringBuilder("migrations do not match the history table (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (ValidationProblem problem : problems) {
            message.append("\n  - ").append(problem.message());
        }
        return message.toString();
    }
}
