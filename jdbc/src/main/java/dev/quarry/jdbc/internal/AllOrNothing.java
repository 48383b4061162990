package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DataAccessException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs several statements of one logical write behind a savepoint, so that a failure undoes all of
 * them and none stays half-done, while the surrounding transaction goes on. Stateless.
 */
final class AllOrNothing {
    private AllOrNothing() {
    }

    /**
     * Runs the statements on the connection of an open transaction.
     *
     * @param databaseName the database's name, for messages
     * @return what the statements returned
     */
    static <R extends @Nullable Object> R run(Connection connection, String databaseName, Supplier<R> statements) {
        Savepoint savepoint;
        try {
            savepoint = connection.setSavepoint();
        } catch (SQLException e) {
            throw new DataAccessException("setting a savepoint failed on " + databaseName + ": " + e.getMessage(), null, e);
        }
        R result;
        try {
            result = statements.get();
        } catch (RuntimeException e) {
            try {
                connection.rollback(savepoint);
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new DataAccessException("releasing a savepoint failed on " + databaseName + ": " + e.getMessage(), null, e);
        }
        return result;
    }
}
