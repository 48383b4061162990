package dev.quarry.jdbc.observation;

import dev.quarry.render.StatementFingerprint;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A query budget of a transaction that was exceeded. Immutable.
 *
 * @param budget which budget
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
