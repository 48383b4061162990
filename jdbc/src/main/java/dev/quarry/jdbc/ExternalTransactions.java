package dev.quarry.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * Where a database finds a transaction that a transaction manager outside Quarry (Spring's
 * {@code @Transactional}, a container's) has open on the calling thread, so that Quarry's blocking
 * transactions run inside it, on its connection, instead of opening their own. Set with
 * {@link DatabaseConfig.Builder#externalTransactions}; {@link #NONE} by default.
 *
 * <p>When {@link Database#transaction} or {@link Database#inTransaction} starts a block that is not
 * inside another Quarry transaction of this thread and whose propagation is not
 * {@link Propagation#REQUIRES_NEW}, Quarry asks {@link #current()} once. If it returns a
 * transaction, the block joins it:
 * <ul>
 *   <li>its statements run on the outer transaction's connection; Quarry takes no connection and no
 *       permit of its own, and neither commits nor rolls back (see {@link ExternalTransaction} for
 *       what Quarry leaves untouched); the outer transaction's isolation and read-only mode apply,
 *       the block's own {@link TransactionOptions#isolation() isolation}, read-only mode and
 *       {@link TransactionOptions#retry() retry policy} do not (a joined block never runs twice);
 *       statement timeouts, the transaction timeout and query budgets do;
 *   <li>a failure of the block, or a block marked rollback-only, {@linkplain
 *       ExternalTransaction#setRollbackOnly() marks the outer transaction rollback-only}, and the
 *       failure propagates to the caller as usual;
 *   <li>{@link Propagation#NESTED} runs the block behind a savepoint on the outer connection: its
 *       failure rolls back to the savepoint only;
 *   <li>Quarry transactions nested inside the block join or nest in it as in any Quarry transaction;
 *   <li>observers see the block as a transaction whose outcome {@code COMMITTED} means it ended
 *       without failure; the outer manager commits or rolls back later.
 * </ul>
 * If it returns null, Quarry opens its own transaction as it always does. {@link Propagation#REQUIRES_NEW}
 * never asks: it always opens its own transaction on a connection of its own.
 *
 * <p>Only blocking transactions on the calling thread ask. Work that runs on another thread cannot
 * see a transaction bound to the caller's thread and always runs its own transaction:
 * {@link Database#transactionAsync} and the Kotlin DSL's {@code transaction { }}, whose JDBC calls
 * run on the database's own threads.
 *
 * <p>Implementations are thread-safe and fast: {@link #current()} is called on every thread that
 * starts such a block.
 */
@FunctionalInterface
public interface ExternalTransactions {
    /** Never any outer transaction: every Quarry transaction opens its own. */
    ExternalTransactions NONE = () -> null;

    /**
     * The outer transaction open on the calling thread on this database's connections, to be joined
     * by one block; null when there is none. Each transaction returned is
     * {@linkplain ExternalTransaction#release() released} once by Quarry.
     */
    @Nullable ExternalTransaction current();
}
