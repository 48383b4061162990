package dev.quarry.jdbc.observation;

import dev.quarry.render.StatementFingerprint;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A query budget of a transaction that was exceeded; reported once per budget per transaction.
 * Immutable.
 *
 * @param budget which budget: {@link dev.quarry.jdbc.QueryBudget#STATEMENTS},
 *     {@link dev.quarry.jdbc.QueryBudget#ROWS_READ} or {@link dev.quarry.jdbc.QueryBudget#SAME_STATEMENT}
 * @param limit the budget's limit
 * @param actual the count that exceeded it
 * @param fingerprint the statement that exceeded it, or null if none did
 * @param failsTransaction whether the transaction fails for it, or it is only reported
 */
public record BudgetViolation(String budget, long limit, long actual, @Nullable StatementFingerprint fingerprint,
        boolean failsTransaction) {
    public BudgetViolation {
        Objects.requireNonNull(budget, "budget");
    }
}
