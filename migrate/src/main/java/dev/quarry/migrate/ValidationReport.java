package dev.quarry.migrate;

import java.util.List;

/**
 * What {@link Migrator#validate()} found. Immutable.
 *
 * @param checked how many applied migrations were compared with their sources
 * @param problems every problem, in version order; empty if all is well
 */
public record ValidationReport(int checked, List<ValidationProblem> problems) {
    public ValidationReport {
        problems = List.copyOf(problems);
    }

    /** Whether no problem was found. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Returns this report if it is valid.
     *
     * @throws MigrationValidationException listing every problem otherwise
     */
    public ValidationReport requireValid() {
        if (!problems.isEmpty()) {
            throw new MigrationValidationException(problems);
        }
        return this;
    }
}
