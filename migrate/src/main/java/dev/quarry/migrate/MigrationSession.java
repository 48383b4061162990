package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * One pooled connection held for a whole operation: the lock, the history reads and writes and
 * the migrations all run on it, in auto-commit mode between transactions. A locked session holds
 * the migration lock until it ends and creates the history table if needed, in a transaction of
 * its own (on SQLite that transaction waits for other writers like a lock). Confined to its thread.
 */
final class MigrationSession {
    private final Connection connection;
    private final Database database;
    private final SchemaHistory history;
    private final MigratorSettings settings;

    private MigrationSession(Connection connection, Database database, SchemaHistory history,
            MigratorSettings settings) {
        this.connection = connection;
        this.database = database;
        this.history = history;
        this.settings = settings;
    }

    /** Runs work holding the migration lock, with the history table created. */
    @SuppressWarnings("try")
    static <R extends @Nullable Object> R locked(Database database, MigratorSettings settings, SessionWork<R> work) {
        RunnerDialect runnerDialect = RunnerDialects.forSession(database, settings);
        return database.internals().withConnection(connection -> {
            try (SessionLock lock = runnerDialect.lock(connection, settings.lockName(), settings.lockTimeout())) {
                MigrationSession session = open(connection, database, settings);
                session.atomically(() -> {
                    session.history.create(connection);
                    return null;
                });
                return work.run(session);
            }
        });
    }

    /** Runs work that only reads, without the lock; the history table may not exist. */
    static <R extends @Nullable Object> R unlocked(Database database, MigratorSettings settings, SessionWork<R> work) {
        return database.internals().withConnection(connection -> work.run(open(connection, database, settings)));
    }

    private static MigrationSession open(Connection connection, Database database, MigratorSettings settings) {
        SchemaHistoryTable table = new SchemaHistoryTable(settings.historyTable());
        return new MigrationSession(connection, database, new SchemaHistory(table, database.dialect()), settings);
    }

    Connection connection() {
        return connection;
    }

    SchemaHistory history() {
        return history;
    }

    /** The name of the database, for the log. */
    String databaseName() {
        return database.name();
    }

    RunnerDialect runnerDialect() {
        return RunnerDialects.forSession(database, settings);
    }

    /** The migrations and the history as they are now. */
    MigrationLedger ledger(MigrationCatalog catalog) throws SQLException {
        return new MigrationLedger(catalog, history.read(connection));
    }

    /** Runs migrations on this session's connection. */
    MigrationExecutor executor() throws SQLException {
        return new MigrationExecutor(this, database.dialect(), installedBy());
    }

    /** Runs history work as one transaction, wrapping failures that are not the runner's own. */
    <R extends @Nullable Object> R atomically(SqlWork<R> work) {
        try {
            return runnerDialect().atomically(connection, work);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException("could not update the history table " + history.tableName() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Who is recorded as running migrations: as configured, else the database user, else the OS user. */
    String installedBy() throws SQLException {
        if (settings.installedBy() != null) {
            return settings.installedBy();
        }
        String user = connection.getMetaData().getUserName();
        if (user != null && !user.isBlank()) {
            return user;
        }
        return System.getProperty("user.name", "unknown");
    }
}
