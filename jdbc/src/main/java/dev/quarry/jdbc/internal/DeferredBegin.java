package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.sql.Statement;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The state of one transaction whose first statement may run in auto-commit mode, by the rules of
 * {@link AutoCommitReads}: until a second statement comes, the transaction has not begun on the
 * server, so ending it sends nothing. When one comes, the connection leaves auto-commit mode and
 * the transaction begins with that statement. A transaction that runs a single plain read thus
 * costs one round trip; observers, budgets, timeouts and cancellation see one transaction as before.
 *
 * <p>When that first read fails on the server, the transaction is left as PostgreSQL leaves a
 * transaction after a failed statement: every later statement fails, and its commit rolls back.
 *
 * <p>Not thread-safe: used by its transaction under the transaction's lock.
 */
final class DeferredBegin {
    /** The SQLSTATE of a statement refused in a failed transaction: {@code in_failed_sql_transaction}. */
    private static final String ABORTED = "25P02";
    private final AutoCommitReads rules;
    private final TransactionOptions options;
    /** Whether the first statement ran in auto-commit mode and the transaction has not begun since. */
    private boolean outside;
    /** The failure of that first statement on the server, or null. */
    private @Nullable DataAccessException failedRead;

    DeferredBegin(AutoCommitReads rules, TransactionOptions options) {
        this.rules = rules;
        this.options = options;
    }

    /**
     * Called before the first statement of the transaction, with the connection out of auto-commit
     * mode: switches it to auto-commit mode and returns true if the statement may run there.
     */
    boolean runsOutside(@Nullable Statement first, Connection connection) {
        if (!rules.allows(options, connection) || !PlainRead.isPlainRead(first)) {
            return false;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            return false;
        }
        outside = true;
        return true;
    }

    /** Whether the first statement ran in auto-commit mode and nothing has begun on the server since. */
    boolean isOutside() {
        return outside;
    }

    /** Records the failure of the statement that ran outside; a failure the server reported leaves the transaction unusable. */
    void failed(RuntimeException failure) {
        if (outside && failure instanceof DataAccessException refused && refused.sqlState() != null) {
            failedRead = refused;
        }
    }

    /** Whether the first read failed on the server; the commit then ends nothing and saves nothing, as on the server. */
    boolean hasFailed() {
        return failedRead != null;
    }

    /** Refuses a statement after the first read failed, as the server would inside a transaction. */
    void requireUsable(String databaseName) {
        if (failedRead != null) {
            String message = "current transaction on " + databaseName + " is aborted: its first statement failed ("
                    + failedRead.getMessage() + "); statements are refused until it ends";
            throw new DataAccessException(message, null, new SQLException(message, ABORTED, failedRead));
        }
    }

    /** Leaves auto-commit mode before the second statement: the transaction begins with it. */
    void begin(Connection connection) throws SQLException {
        if (outside) {
            connection.setAutoCommit(false);
            outside = false;
        }
    }

    /**
     * Before the connection goes back: out of auto-commit mode again, unless it came in auto-commit
     * mode ({@code restoresAutoCommit}) and goes back so anyway.
     */
    void finish(Connection connection, boolean restoresAutoCommit) throws SQLException {
        if (outside && !restoresAutoCommit) {
            connection.setAutoCommit(false);
        }
        outside = false;
    }

    /** Forgets the connection that died before it answered; the next one starts afresh. */
    void reset() {
        outside = false;
        failedRead = null;
    }
}
