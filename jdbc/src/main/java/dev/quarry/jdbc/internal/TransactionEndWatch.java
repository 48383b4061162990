package dev.quarry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Counts the transactions a database connection has ended, by commit or rollback, including those
 * the database ended by itself. A transaction takes a {@link #mark()} when it begins; if the count
 * has moved by its next statement, something other than Quarry ended it. SQLite does that on an
 * interrupt, on {@code SQLITE_BUSY} during a write and on a full disk, leaving the connection in
 * autocommit mode although JDBC still reports a transaction. Thread-safe.
 */
public interface TransactionEndWatch {
    /** The watch of a connection whose database never ends a transaction by itself. */
    TransactionEndWatch NONE = () -> 0;

    /** The number of transaction ends seen so far. */
    long mark();

    /** A connection source that watches the connections it opens. */
    interface Source {
        /**
         * The watch of a connection this source opened, or of a pool's proxy of one.
         *
         * @param ownsTransaction false for the connection of an outer transaction that Quarry
         *     joins: session settings that need auto-commit mode switched on are then left for a
         *     later transaction that owns the connection, since switching would commit the outer one
         * @throws SQLException if the connection did not come from this source
         */
        TransactionEndWatch watch(Connection connection, boolean ownsTransaction) throws SQLException;
    }
}
