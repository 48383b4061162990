package dev.quarry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where a database's connections come from and go back to, and how one whose state is in doubt is
 * discarded instead. Implementations are thread-safe.
 */
public interface ConnectionPool extends AutoCloseable {
    /** A connection for one caller, until it {@linkplain #giveBack gives it back} or {@linkplain #evict evicts} it. */
    Connection borrow() throws SQLException;

    /** Returns a healthy connection for reuse. */
    void giveBack(Connection connection) throws SQLException;

    /** Discards a connection whose state is unknown or broken, so that it is never used again. */
    void evict(Connection connection);

    /** How many connections Quarry may hold at once: the permits of its gate and the threads of its executor. */
    int size();

    /** Connections borrowed and not yet given back or evicted. */
    int activeConnections();

    /** Connections the pool holds open, in use or idle; -1 when the pool does not tell. */
    int openConnections();

    /** Closes the pool if Quarry created it; an application's own pool is left open. */
    @Override
    void close();
}
