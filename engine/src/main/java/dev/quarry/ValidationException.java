package dev.quarry;

import dev.quarry.sql.Column;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Values were rejected by the client-side validators of their columns or table
 * ({@link Column#check}, {@code Table.validator}) before any SQL ran. Every violation of every row
 * of the statement is listed, each with the index of its row (0 for an update, the position of the
 * row for a multi-row insert), the column it concerns (null for a table validator) and the
 * validator's message. Values are never quoted, so sensitive values cannot leak through it.
 * Immutable.
 */
public final class ValidationException extends InvalidValueException {
    private static final long serialVersionUID = 1L;

    /**
     * One rejected value, or one rejected combination of values.
     *
     * @param row the index of the row in its statement: the position in a multi-row insert, 0 for an update
     * @param column the column whose check failed, or null for a table validator
     * @param message the validator's message
     */
    public record Violation(int row, @Nullable Column<?> column, String message) {
        public Violation {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return (column == null ? "" : column.qualifiedName() + ": ") + message;
        }
    }

    private final transient List<Violation> violations;

    /**
     * @param table the name of the table written
     * @param violations at least one violation
     */
    public ValidationException(String table, List<Violation> violations) {
        super(describe(table, violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Every violation, by row and in the order the validators were declared. */
    public List<Violation> violations() {
        return violations;
    }

    /** The violations of one row. */
    public List<Violation> violationsOfRow(int row) {
        return violations.stream().filter(violation -> violation.row() == row).toList();
    }

    private static String describe(String table, List<Violation> violations) {
        boolean severalRows = violations.stream().mapToInt(Violation::row).distinct().count() > 1
                || violations.stream().anyMatch(violation -> violation.row() > 0);
        String listed = violations.stream()
                .collect(Collectors.groupingBy(Violation::row, java.util.TreeMap::new, Collectors.toList()))
                .entrySet().stream()
                .map(row -> (severalRows ? "row " + row.getKey() + ": " : "")
                        + row.getValue().stream().map(Violation::toString).collect(Collectors.joining("; ")))
                .collect(Collectors.joining(" | "));
        return "validation failed for " + table + ": " + listed;
    }
}
