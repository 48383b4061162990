package dev.quarry.jdbc.observation;

/**
 * Follows the transactions of a {@link dev.quarry.jdbc.Database}, from the moment a caller asks for
 * one (before it waits for a connection) to its end, retries included.
 *
 * <p>{@link #transactionStarted} is called on the caller's thread (for the Kotlin DSL, in the
 * caller's coroutine context, before any switch to the database's dispatcher), so an observer can
 * read the caller's context there, such as the current tracing span. A transaction that joins an
 * open one is part of that one and starts nothing; a nested one shows as savepoints.
 *
 * <p>Implementations must be thread-safe and quick: they run inline with the database's work. An
 * exception an observer throws is logged and otherwise ignored; it never fails the transaction.
 */
@FunctionalInterface
public interface DatabaseObserver {
    /**
     * A transaction begins; returns what observes it to its end (may be {@link TransactionObserver#NONE}).
     * The returned observer is told about the transaction's events in order, possibly from several
     * threads one after the other.
     */
    TransactionObserver transactionStarted(TransactionStart start);
}
