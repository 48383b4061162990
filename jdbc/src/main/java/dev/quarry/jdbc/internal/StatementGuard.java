package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.StatementTimeoutException;
import dev.quarry.jdbc.TransactionTimeoutException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;

/**
 * Watches the statements of one transaction: the running one can be cancelled on the server from
 * another thread (a cancelled coroutine or future), and it is cancelled when it passes the
 * statement timeout or the transaction's deadline. Once the transaction is {@link #cancel()
 * cancelled}, no further statement starts. Statements of one transaction run one at a time, so one
 * guard serves them all. Thread-safe.
 */
public final class StatementGuard {
    private final TimeoutTimer timer;
    private final @Nullable Duration statementTimeout;
    private final @Nullable Duration transactionTimeout;
    private final long deadline;
    private volatile @Nullable Statement running;
    private volatile boolean cancelled;
    private volatile @Nullable ScheduledFuture<?> alarm;
    private volatile @Nullable Limit expired;

    private enum Limit { STATEMENT, TRANSACTION }

    StatementGuard(TimeoutTimer timer, @Nullable Duration statementTimeout, @Nullable Duration transactionTimeout) {
        this.timer = timer;
        this.statementTimeout = statementTimeout;
        this.transactionTimeout = transactionTimeout;
        this.deadline = transactionTimeout == null ? Long.MAX_VALUE : System.nanoTime() + transactionTimeout.toNanos();
    }

    /**
     * Marks a statement as running and arms its time limit.
     *
     * @throws CancellationException if the transaction was cancelled
     * @throws TransactionTimeoutException if the transaction's time is up
     */
    void start(Statement statement) {
        // Published before the check, so a concurrent cancel() either sees it or is seen here.
        running = statement;
        if (cancelled) {
            running = null;
            throw new CancellationException("the transaction was cancelled; no further statements run in it");
        }
        requireTimeLeft();
        expired = null;
        Duration limit = statementTimeout;
        Limit kind = Limit.STATEMENT;
        if (transactionTimeout != null) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (limit == null || left.compareTo(limit) < 0) {
                limit = left;
                kind = Limit.TRANSACTION;
            }
        }
        if (limit != null) {
            Limit reached = kind;
            alarm = timer.after(limit, () -> {
                expired = reached;
                cancelQuietly(statement);
            });
        }
    }

    /** Marks the statement as finished and disarms its time limit. */
    void finish() {
        ScheduledFuture<?> armed = alarm;
        if (armed != null) {
            armed.cancel(false);
            alarm = null;
        }
        running = null;
    }

    /**
     * Checks, after a statement returned normally, that no time limit or cancellation cut it short:
     * some servers end a cancelled statement with a result instead of an error (MariaDB's
     * {@code SLEEP} returns 1).
     *
     * @throws CancellationException if the transaction was cancelled meanwhile
     * @throws StatementTimeoutException or {@link TransactionTimeoutException} if a time limit cancelled it
     */
    void requireUninterrupted(String sql) {
        if (expired != null || cancelled) {
            throw translate("", sql, null);
        }
    }

    /**
     * The failure to report for a driver error: a {@link CancellationException} when the transaction
     * was cancelled, a timeout when a time limit cancelled the statement, otherwise a
     * {@link DataAccessException} with the given message.
     */
    RuntimeException translate(String message, String sql, @Nullable SQLException cause) {
        if (cancelled) {
            CancellationException cancellation = new CancellationException("the transaction was cancelled while running: " + sql);
            cancellation.initCause(cause);
            return cancellation;
        }
        Limit limit = expired;
        if (limit == Limit.TRANSACTION) {
            return new TransactionTimeoutException(transactionTimedOut() + " while running: " + sql, cause);
        }
        if (limit == Limit.STATEMENT && statementTimeout != null) {
            return new StatementTimeoutException("cancelled after its " + statementTimeout.toMillis()
                    + " ms statement timeout: " + sql, sql, cause);
        }
        return new DataAccessException(message, sql, cause);
    }

    /**
     * Cancels the running statement on the server, if there is one, and refuses further
     * statements. Callable from any thread.
     */
    public void cancel() {
        cancelled = true;
        Statement statement = running;
        if (statement != null) {
            cancelQuietly(statement);
        }
    }

    /**
     * Checks that the transaction may commit: it was not cancelled and its deadline has not passed.
     *
     * @throws CancellationException if it was cancelled
     * @throws TransactionTimeoutException if its deadline has passed
     */
    void requireCommittable() {
        if (cancelled) {
            throw new CancellationException("the transaction was cancelled; it was rolled back, not committed");
        }
        requireTimeLeft();
    }

    private void requireTimeLeft() {
        if (transactionTimeout != null && System.nanoTime() - deadline >= 0) {
            throw new TransactionTimeoutException(transactionTimedOut(), null);
        }
    }

    private String transactionTimedOut() {
        return "the transaction ran longer than its " + (transactionTimeout == null ? 0 : transactionTimeout.toMillis())
                + " ms timeout and was rolled back";
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException | RuntimeException ignored) {
            // The statement may have finished meanwhile; there is nothing left to cancel.
        }
    }
}
