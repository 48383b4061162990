package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.ConnectionUnavailableException;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;

/**
 * The parts of a {@link Database} that Quarry's own modules (the Kotlin DSL) build on: its
 * executor, its connection gate and opening a transaction with a permit. Not an API for
 * applications. Thread-safe.
 */
public final class DatabaseInternals {
    private final Database database;
    private final DataSource dataSource;
    private final ConnectionGate gate;
    private final ExecutorService executor;
    private final StatementExecutor statements;

    public DatabaseInternals(Database database, DataSource dataSource, ConnectionGate gate, ExecutorService executor,
            StatementExecutor statements) {
        this.database = database;
        this.dataSource = dataSource;
        this.gate = gate;
        this.executor = executor;
        this.statements = statements;
    }

    /** Runs JDBC work; as many threads as pooled connections. */
    public ExecutorService executor() {
        return executor;
    }

    public ConnectionGate gate() {
        return gate;
    }

    /**
     * Takes a connection for a permit the caller holds and opens a transaction on it. On failure
     * the permit is released.
     */
    public JdbcTransaction begin(ConnectionGate.Permit permit) {
        try {
            Connection connection = dataSource.getConnection();
            return new JdbcTransaction(database, connection, permit, statements);
        } catch (SQLTransientConnectionException e) {
            permit.release();
            throw new ConnectionUnavailableException("could not get a connection of database '" + database.name()
                    + "': " + e.getMessage());
        } catch (SQLException | RuntimeException e) {
            permit.release();
            throw new DataAccessException("could not open a connection to database '" + database.name() + "': "
                    + e.getMessage(), null, e);
        }
    }
}
