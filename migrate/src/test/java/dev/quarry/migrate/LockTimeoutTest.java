package dev.quarry.migrate;

import static dev.quarry.migrate.RunnerQueries.tableExists;
import static dev.quarry.migrate.UsersScripts.versions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A runner that cannot get the migration lock within its timeout gives up with a clear error and runs nothing. */
@ExtendWith(RunnerPoolCheck.class)
class LockTimeoutTest {
    private static final String LOCK_NAME = "quarry-migrate:" + SchemaHistoryTable.DEFAULT_NAME;

    @TempDir
    Path directory;

    @OnEveryDialect
    void aRunnerGivesUpWhenAnotherHoldsTheLockTooLong(TestTarget target) throws SQLException {
        Database database = RunnerDatabases.clean(target);
        UsersScripts.write(directory);
        Migrator migrator = Migrator.builder(database).location(directory).lockTimeout(Duration.ofSeconds(1)).build();

        try (Connection holder = DriverManager.getConnection(target.jdbcUrl())) {
            String family = database.dialect().name();
            hold(holder, family);
            MigrationLockException timedOut = assertThrows(MigrationLockException.class, migrator::up);
            assertTrue(timedOut.getMessage().contains("try again when it has finished")
                    && timedOut.getMessage().contains("raise the lock timeout"), timedOut.getMessage());
            assertFalse(tableExists(database, "mr_users"), "nothing ran");
            release(holder, family);
        }
        assertEquals(List.of(1L, 2L, 3L), versions(migrator.up()), "once the lock is free the runner applies all");
    }

    private static void hold(Connection holder, String family) throws SQLException {
        switch (family) {
            case "postgresql" -> query(holder, "SELECT pg_try_advisory_lock(?)", LockKey.of(LOCK_NAME));
            case "sqlite" -> run(holder, "BEGIN EXCLUSIVE");
            default -> query(holder, "SELECT GET_LOCK(CONCAT(?, '@', DATABASE()), 0)", LOCK_NAME);
        }
    }

    private static void release(Connection holder, String family) throws SQLException {
        switch (family) {
            case "postgresql" -> query(holder, "SELECT pg_advisory_unlock(?)", LockKey.of(LOCK_NAME));
            case "sqlite" -> run(holder, "ROLLBACK");
            default -> query(holder, "SELECT RELEASE_LOCK(CONCAT(?, '@', DATABASE()))", LOCK_NAME);
        }
    }

    private static void query(Connection connection, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                assertTrue(result.next() && result.getBoolean(1), sql + " succeeded");
            }
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
