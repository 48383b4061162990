package dev.quarry.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * A minimal transaction manager outside Quarry, as a framework has one: a transaction bound to the
 * thread that began it, on a connection of an application's data source. It counts what Quarry
 * asks of it, so that tests can check the rules of {@link ExternalTransactions}.
 */
final class ThreadBoundTransactions implements ExternalTransactions {
    private final DataSource dataSource;
    private final ThreadLocal<@Nullable Outer> bound = new ThreadLocal<>();

    ThreadBoundTransactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Begins a transaction bound to this thread. */
    Outer begin() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        Outer outer = new Outer(connection);
        bound.set(outer);
        return outer;
    }

    @Override
    public @Nullable ExternalTransaction current() {
        Outer outer = bound.get();
        if (outer == null) {
            return null;
        }
        outer.joins++;
        return outer;
    }

    /** The transaction of one thread; ended with {@link #end}. */
    final class Outer implements ExternalTransaction {
        private final Connection connection;
        int joins;
        int releases;
        boolean rollbackOnly;

        private Outer(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public void setRollbackOnly() {
            rollbackOnly = true;
        }

        @Override
        public void release() {
            releases++;
        }

        /** Commits, or rolls back when asked to or when marked rollback-only; unbinds and closes the connection. */
        void end(boolean commit) throws SQLException {
            try {
                if (commit && !rollbackOnly) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                connection.setAutoCommit(true);
            } finally {
                bound.remove();
                connection.close();
            }
        }
    }
}
