package dev.quarry.jdbc.observation;

import dev.quarry.jdbc.ExecutedStatement;

/**
 * Observes one transaction, all its attempts included, for a {@link DatabaseObserver}. Events arrive
 * in the order they happen and never concurrently, though not always on the same thread; after
 * {@link #transactionEnded} none follows. Every method defaults to doing nothing.
 */
public interface TransactionObserver {
    /** Observes nothing. */
    TransactionObserver NONE = new TransactionObserver() { };

    /** An attempt holds its connection, {@code waitNanos} after it asked for one (the pool's wait included). */
    default void connectionAcquired(int attempt, long waitNanos) {
    }

    /** A statement of the transaction finished or failed. */
    default void statementExecuted(ExecutedStatement statement) {
    }

    /** A nested transaction set, rolled back to or released a savepoint. */
    default void savepoint(SavepointAction action) {
    }

    /** A query budget of the transaction was exceeded (whether it fails the transaction or is only reported). */
    default void budgetExceeded(BudgetViolation violation) {
    }

    /** An attempt failed with a transient conflict and was rolled back; the transaction is tried again after a backoff. */
    default void attemptFailed(FailedAttempt attempt) {
    }

    /** The transaction ended, for good. */
    default void transactionEnded(TransactionEnd end) {
    }
}
