package dev.quarry.jdbc;

import dev.quarry.QuarryException;
import dev.quarry.jdbc.observation.BudgetViolation;
import java.util.Objects;

/**
 * A transaction exceeded a limit of its {@link QueryBudget} whose policy is
 * {@link BudgetPolicy#FAIL}. The message names the limit, its value, the count that passed it and
 * the statement (its fingerprint's name and normalised text, never bound values). The transaction
 * rolls back: once thrown, no further statement runs in it and its commit fails with this exception
 * again, even when the caller caught it; a nested transaction it escapes rolls back to its
 * savepoint, and the transaction around it can only roll back too. Never retried.
 */
public class QueryBudgetExceededException extends QuarryException {
    private static final long serialVersionUID = 1L;

    private final transient BudgetViolation violation;

    public QueryBudgetExceededException(String message, BudgetViolation violation) {
        super(message, null);
        this.violation = Objects.requireNonNull(violation, "violation");
    }

    /** Which limit was exceeded, by how much and by which statement. */
    public BudgetViolation violation() {
        return violation;
    }
}
