package dev.quarry.jdbc;

/** What happens when a transaction exceeds a limit of its {@link QueryBudget}. */
public enum BudgetPolicy {
    /**
     * The transaction fails with a {@link QueryBudgetExceededException} and rolls back: no further
     * statement runs in it and it cannot commit, even when the exception is caught. Never retried.
     */
    FAIL,
    /**
     * The transaction goes on; the first excess of each limit is logged at WARN on the
     * {@code dev.quarry.budget} logger, once per transaction, and reported to the observers.
     */
    WARN
}
