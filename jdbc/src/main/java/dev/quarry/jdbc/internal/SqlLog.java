package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.SavepointAction;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQL log of one database, an observer every database installs before the application's own.
 *
 * <ul>
 *   <li>{@code dev.quarry.sql} at DEBUG: one line per statement,
 *       {@code [db] select users 1.234 ms, 3 rows: SELECT ...}, or
 *       {@code [db] insert users failed after 0.812 ms (SQLState 23505, UniqueViolationException): INSERT ...}
 *       (SQLite reports an error code instead of a SQLState);
 *       at TRACE a second line follows with the bind values as {@link dev.quarry.render.Bind#toString()} shows them.</li>
 *   <li>{@code dev.quarry.sql.slow} at WARN: a statement that ran at least the slow threshold, without its values.</li>
 *   <li>{@code dev.quarry.transaction} at DEBUG: begin, commit, rollback, retried attempts, savepoints, timeouts.</li>
 * </ul>
 *
 * <p>A transaction that starts while none of these is enabled is not observed at all, and no text is
 * built for a level that is off. Immutable and thread-safe.
 */
public final class SqlLog implements DatabaseObserver {
    static final Logger STATEMENTS = LoggerFactory.getLogger("dev.quarry.sql");
    static final Logger SLOW = LoggerFactory.getLogger("dev.quarry.sql.slow");
    static final Logger TRANSACTIONS = LoggerFactory.getLogger("dev.quarry.transaction");

    private final String database;
    private final long slowNanos;

    /** The log of the named database; statements that run at least {@code slowThreshold} are logged at WARN, none if null. */
    public SqlLog(String database, @Nullable Duration slowThreshold) {
        this.database = database;
        this.slowNanos = slowThreshold == null ? Long.MAX_VALUE : slowThreshold.toNanos();
    }

    /** The log followed by the application's observers. */
    public static List<DatabaseObserver> before(List<DatabaseObserver> observers, SqlLog log) {
        List<DatabaseObserver> all = new ArrayList<>(observers.size() + 1);
        all.add(log);
        all.addAll(observers);
        return all;
    }

    @Override
    public TransactionObserver transactionStarted(TransactionStart start) {
        boolean statements = STATEMENTS.isDebugEnabled();
        boolean transactions = TRANSACTIONS.isDebugEnabled();
        boolean slow = slowNanos != Long.MAX_VALUE && SLOW.isWarnEnabled();
        if (!statements && !transactions && !slow) {
            return TransactionObserver.NONE;
        }
        if (transactions) {
            TRANSACTIONS.debug("[{}] begin{}", database, describe(start.options()));
        }
        return new Logged(start.options());
    }

    private static String describe(TransactionOptions options) {
        StringBuilder text = new StringBuilder();
        if (options.isolation() != null) {
            text.append(" isolation ").append(options.isolation());
        }
        if (options.isReadOnly()) {
            text.append(" read-only");
        }
        if (options.timeout() != null) {
            text.append(" timeout ").append(millis(options.timeout().toNanos()));
        }
        return text.toString();
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1_000_000.0);
    }

    /**
     * What the driver said of a failure, from the failure or its first cause that says something:
     * {@code SQLState 23505}, or {@code error code 19} from a driver that reports no SQLState
     * (SQLite); null if none does.
     */
    static @Nullable String driverCodeOf(@Nullable Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessException access && access.sqlState() != null) {
                return "SQLState " + access.sqlState();
            }
            if (cause instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    return "SQLState " + sql.getSQLState();
                }
                if (sql.getErrorCode() != 0) {
                    return "error code " + sql.getErrorCode();
                }
            }
        }
        return null;
    }

    private static String failureOf(Throwable failure) {
        String code = driverCodeOf(failure);
        return code == null ? failure.getClass().getSimpleName() : code + ", " + failure.getClass().getSimpleName();
    }

    /** The log of one transaction. */
    private final class Logged implements TransactionObserver {
        private final TransactionOptions options;

        Logged(TransactionOptions options) {
            this.options = options;
        }

        @Override
        public void statementExecuted(ExecutedStatement statement) {
            if (statement.elapsedNanos() >= slowNanos && SLOW.isWarnEnabled()) {
                SLOW.warn("[{}] slow statement {} took {} (threshold {}): {}", database, statement.fingerprint().name(),
                        millis(statement.elapsedNanos()), millis(slowNanos), statement.sql());
            }
            if (!STATEMENTS.isDebugEnabled()) {
                return;
            }
            Throwable failure = statement.failure();
            if (failure == null) {
                STATEMENTS.debug("[{}] {} {}, {} {}: {}", database, statement.fingerprint().name(),
                        millis(statement.elapsedNanos()), statement.rows(), statement.rows() == 1 ? "row" : "rows", statement.sql());
            } else {
                STATEMENTS.debug("[{}] {} failed after {} ({}): {}", database, statement.fingerprint().name(),
                        millis(statement.elapsedNanos()), failureOf(failure), statement.sql());
            }
            if (STATEMENTS.isTraceEnabled()) {
                STATEMENTS.trace("[{}] binds {}", database, statement.binds());
            }
        }

        @Override
        public void savepoint(SavepointAction action) {
            if (TRANSACTIONS.isDebugEnabled()) {
                TRANSACTIONS.debug("[{}] {}", database, switch (action) {
                    case SET -> "savepoint set";
                    case ROLLED_BACK -> "rolled back to savepoint";
                    case RELEASED -> "savepoint released";
                });
            }
        }

        @Override
        public void attemptFailed(FailedAttempt attempt) {
            if (TRANSACTIONS.isDebugEnabled()) {
                TRANSACTIONS.debug("[{}] attempt {} of {} failed after {} ({}); rolled back, retrying after a backoff", database,
                        attempt.attempt(), options.retry().maxAttempts(), millis(attempt.elapsedNanos()), failureOf(attempt.failure()));
            }
        }

        @Override
        public void transactionEnded(TransactionEnd end) {
            if (!TRANSACTIONS.isDebugEnabled()) {
                return;
            }
            String took = " after " + millis(end.elapsedNanos()) + ", " + end.attempts() + (end.attempts() == 1 ? " attempt" : " attempts");
            Throwable failure = end.failure();
            switch (end.outcome()) {
                case COMMITTED -> TRANSACTIONS.debug("[{}] commit{}", database, took);
                case ROLLED_BACK -> TRANSACTIONS.debug("[{}] rollback{} ({})", database, took,
                        failure == null ? "rollback-only" : failureOf(failure));
                case TIMED_OUT -> TRANSACTIONS.debug("[{}] rollback: timed out{} ({})", database, took,
                        failure == null ? "timeout" : failureOf(failure));
                case CANCELLED -> TRANSACTIONS.debug("[{}] rollback: cancelled{}", database, took);
            }
        }
    }
}
