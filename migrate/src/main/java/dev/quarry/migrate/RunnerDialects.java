package dev.quarry.migrate;

import dev.quarry.dialect.Dialect;
import java.util.Map;

/** The runner's per-database behaviour, by {@link Dialect#name()}. */
final class RunnerDialects {
    private static final RunnerDialect MYSQL = new MySqlRunnerDialect();
    private static final PostgresRunnerDialect POSTGRESQL = new PostgresRunnerDialect();
    private static final Map<String, RunnerDialect> BY_NAME = Map.of(
            "postgresql", POSTGRESQL,
            "sqlite", new SqliteRunnerDialect(),
            "mysql", MYSQL,
            "mariadb", MYSQL);

    private RunnerDialects() {
    }

    /**
     * The behaviour for a runner session on a database: that of its dialect, or for PostgreSQL behind
     * a transaction pooler one that locks per transaction.
     */
    static RunnerDialect forSession(dev.quarry.jdbc.Database database, MigratorSettings settings) {
        if (database.config().isBehindTransactionPooler() && database.dialect().name().equals("postgresql")) {
            return new PooledPostgresRunnerDialect(POSTGRESQL, database.name(), settings.lockName(), settings.lockTimeout());
        }
        return forDialect(database.dialect());
    }

    /**
     * The behaviour for a dialect.
     *
     * @throws MigrationException for a dialect the runner does not know
     */
    static RunnerDialect forDialect(Dialect dialect) {
        RunnerDialect runnerDialect = BY_NAME.get(dialect.name());
        if (runnerDialect == null) {
            throw new MigrationException("the migration runner does not support dialect '" + dialect.name()
                    + "'; it supports " + BY_NAME.keySet());
        }
        return runnerDialect;
    }
}
