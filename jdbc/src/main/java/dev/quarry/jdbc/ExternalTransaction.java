package dev.quarry.jdbc;

import java.sql.Connection;

/**
 * A transaction that a transaction manager outside Quarry holds open on the calling thread, which
 * one Quarry transaction block joins; handed out by {@link ExternalTransactions#current()}, for that
 * one block only.
 *
 * <p>Invariants Quarry keeps while it holds the handle: it runs its statements on
 * {@link #connection()} and never commits it, rolls it back, closes it or changes its auto-commit
 * mode, isolation or read-only flag; it may set, release and roll back to savepoints of its own (for
 * {@link Propagation#NESTED}). It calls {@link #release()} exactly once, when the block ends,
 * whatever its outcome, and uses the connection no more afterwards.
 *
 * <p>Quarry calls the methods from the thread that started the block (and the threads of the
 * block's own work, one at a time); implementations need not be thread-safe beyond that.
 */
public interface ExternalTransaction {
    /** The outer transaction's connection: open, out of auto-commit mode, the same for the whole block. */
    Connection connection();

    /**
     * Marks the outer transaction so that its manager rolls it back instead of committing it. Quarry
     * calls it when the joined block fails, is marked {@linkplain Transaction#setRollbackOnly()
     * rollback-only} or passes a failing query budget; a {@link Propagation#NESTED} block that fails
     * rolls back to its savepoint instead and does not call it. Must not throw.
     */
    void setRollbackOnly();

    /** Gives up Quarry's use of the connection once the block has ended (the outer transaction goes on). Must not throw. */
    void release();
}
