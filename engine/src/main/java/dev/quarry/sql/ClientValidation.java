package dev.quarry.sql;

import dev.quarry.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs the client-side validators of the table a statement writes ({@link Column#check},
 * {@code Table.validator}) over the plain values the statement writes: every row of a VALUES
 * insert (an upsert's inserted values included) and the assignments of an update. Values the
 * database computes (expressions, an INSERT … SELECT's rows, database defaults) are not seen.
 * Column checks skip null values, which nullability governs; a table validator runs when the row
 * gives all its columns plain values. Stateless; thread-safe as the validators are.
 */
public final class ClientValidation {
    private ClientValidation() {
    }

    /** Whether a statement writes a table that has client-side validators. */
    public static boolean applies(Statement statement) {
        Table written = statement instanceof Insert insert ? insert.into()
                : statement instanceof Update update ? update.table() : null;
        return written != null && !written.clientChecks().isEmpty();
    }

    /**
     * Validates the statement's values.
     *
     * @throws ValidationException listing every violation of every row, with the row's index
     */
    public static void validate(Statement statement) {
        if (statement instanceof Insert insert && !insert.into().clientChecks().isEmpty()) {
            List<ValidationException.Violation> violations = new ArrayList<>();
            for (int row = 0; row < insert.rows().size(); row++) {
                check(insert.into(), row, insert.rows().get(row), violations);
            }
            throwIfAny(insert.into(), violations);
        } else if (statement instanceof Update update && !update.table().clientChecks().isEmpty()) {
            List<ValidationException.Violation> violations = new ArrayList<>();
            check(update.table(), 0, update.assignments(), violations);
            throwIfAny(update.table(), violations);
        }
    }

    private static void check(Table table, int row, List<Assignment<?>> assignments, List<ValidationException.Violation> found) {
        Map<Column<?>, @Nullable Object> values = new HashMap<>();
        for (Assignment<?> assignment : assignments) {
            if (assignment.value() instanceof Expression.Param<?> param) {
                values.put(assignment.column(), param.value());
            }
        }
        ClientChecks checks = table.clientChecks();
        for (ClientChecks.ValueCheck check : checks.valueChecks()) {
            Object value = values.get(check.column());
            if (value != null && !check.rule().test(value)) {
                found.add(new ValidationException.Violation(row, check.column(), check.message()));
            }
        }
        RowValues rowValues = null;
        for (ClientChecks.RowCheck check : checks.rowChecks()) {
            if (values.keySet().containsAll(check.columns())) {
                rowValues = rowValues != null ? rowValues : new RowValues(table, values);
                if (!check.rule().test(rowValues)) {
                    found.add(new ValidationException.Violation(row, null, check.message()));
                }
            }
        }
    }

    private static void throwIfAny(Table table, List<ValidationException.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(table.tableName(), violations);
        }
    }
}
