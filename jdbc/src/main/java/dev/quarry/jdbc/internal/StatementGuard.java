package dev.quarry.jdbc.internal;

import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.StatementTimeoutException;
import dev.quarry.jdbc.TransactionTimeoutException;
import dev.quarry.jdbc.observation.TransactionObserver;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;

/**
 * Watches the statements of one transaction: the running one can be cancelled on the server from
 * another thread (a cancelled coroutine or future), and it is cancelled when it passes the
 * statement timeout or the transaction's deadline.
 *
 * <p>The end of a statement and its cancel exclude each other: a cancel is sent only while the
 * statement is {@linkplain #start started} and not {@linkplain #finish finished}, and finishing
 * waits until a cancel in flight has been carried out, so a late cancel can never reach the next
 * statement on the connection (MariaDB's {@code KILL QUERY} hits whatever runs when it arrives).
 * Cancels are sent by {@link ServerCancels}, so whoever cancels never waits for the server.
 *
 * <p>Once a statement was cut short, by a time limit or a cancel, the transaction can only roll
 * back: no further statement starts and commit is refused, whatever the driver returned (MariaDB's
 * killed {@code SLEEP} returns 1, SQLite may have rolled the transaction back already).
 * Statements of one transaction run one at a time, so one guard serves them all; it also carries
 * the transaction's observer, which the executor tells about each statement, and the tracker of its
 * query budget, which the executor tells about each statement and the rows it read. Thread-safe.
 */
public final class StatementGuard {
    private final Dialect dialect;
    private final TimeoutTimer timer;
    private final ServerCancels cancels;
    private final @Nullable Duration statementTimeout;
    private final @Nullable Duration transactionTimeout;
    private final long deadline;
    private final TransactionObserver observer;
    private final @Nullable BudgetTracker budget;
    private final Object lock = new Object();
    private @Nullable CancelTarget running;
    private boolean cancelInFlight;
    private @Nullable Limit expired;
    private @Nullable ScheduledFuture<?> alarm;
    private volatile boolean cancelled;

    private enum Limit { STATEMENT, TRANSACTION }

    StatementGuard(Dialect dialect, TimeoutTimer timer, ServerCancels cancels, @Nullable Duration statementTimeout,
            @Nullable Duration transactionTimeout, TransactionObserver observer, @Nullable BudgetTracker budget) {
        this.dialect = dialect;
        this.observer = observer;
        this.budget = budget;
        this.timer = timer;
        this.cancels = cancels;
        this.statementTimeout = statementTimeout;
        this.transactionTimeout = transactionTimeout;
        this.deadline = transactionTimeout == null ? Long.MAX_VALUE : System.nanoTime() + transactionTimeout.toNanos();
    }

    /** What observes the transaction, told about each of its statements. */
    TransactionObserver observer() {
        return observer;
    }

    /**
     * Counts a statement against the query budget before it is sent.
     *
     * @throws dev.quarry.jdbc.QueryBudgetExceededException if it would pass a limit that fails the transaction
     */
    void beforeStatement(String sql) {
        if (budget != null) {
            budget.beforeStatement(sql);
        }
    }

    /** Counts a statement that ran, and the rows it returned, against the query budget. */
    void afterStatement(String sql, long rowsRead) {
        if (budget != null) {
            budget.afterStatement(sql, rowsRead);
        }
    }

    /** Counts rows read from an open result against the query budget. */
    void rowsRead(String sql, long rows) {
        if (budget != null) {
            budget.rowsRead(sql, rows);
        }
    }

    /** Whether statements count against the query budget; off for the transaction's own set-up statements. */
    void countStatements(boolean counting) {
        if (budget != null) {
            budget.counting(counting);
        }
    }

    /** Forgets the budget's counts, when the transaction starts over on a new connection before anything was saved. */
    void restartBudget() {
        if (budget != null) {
            budget.restart();
        }
    }

    /**
     * Checks that no limit of the query budget failed the transaction.
     *
     * @throws dev.quarry.jdbc.QueryBudgetExceededException if one did
     */
    void requireWithinBudget() {
        if (budget != null) {
            budget.requireWithinBudget();
        }
    }

    /** Whether a limit of the query budget failed the transaction, which can then only roll back. */
    boolean isOverBudget() {
        return budget != null && budget.hasFailed();
    }

    /**
     * Marks a statement as running, cancellable on the server through {@code target}, and arms its time limit.
     *
     * @throws CancellationException if the transaction was cancelled
     * @throws TransactionTimeoutException if the transaction's time is up
     * @throws StatementTimeoutException if an earlier statement passed its timeout
     */
    void start(CancelTarget target) {
        synchronized (lock) {
            requireUsable();
            running = target;
        }
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
            alarm = timer.after(limit, () -> interrupt(target, reached));
        }
    }

    /**
     * Marks the statement as finished and disarms its time limit; if a cancel of it is in flight,
     * waits until the server has received it.
     */
    void finish() {
        ScheduledFuture<?> armed = alarm;
        if (armed != null) {
            armed.cancel(false);
            alarm = null;
        }
        boolean interrupted = false;
        synchronized (lock) {
            while (cancelInFlight) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            running = null;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Checks, after a statement returned normally, that no time limit or cancellation cut it short:
     * some servers end a cancelled statement with a result instead of an error.
     *
     * @throws CancellationException if the transaction was cancelled meanwhile
     * @throws StatementTimeoutException or {@link TransactionTimeoutException} if a time limit cancelled it
     */
    void requireUninterrupted(String sql) {
        synchronized (lock) {
            if (expired != null || cancelled) {
                throw translate("", sql, null);
            }
        }
    }

    /**
     * The failure to report for a driver error: a {@link CancellationException} when the transaction
     * was cancelled, a timeout when a time limit cancelled the statement, otherwise the
     * {@link DataAccessException} the dialect says the driver error is, with the given message.
     */
    RuntimeException translate(String message, String sql, @Nullable SQLException cause) {
        return translate(message, sql, cause, cause);
    }

    /**
     * As {@link #translate(String, String, SQLException)}, with the cause to report (a redacted
     * copy) apart from the driver error the failure is classified by.
     */
    RuntimeException translate(String message, String sql, @Nullable SQLException cause, @Nullable SQLException classified) {
        if (cancelled) {
            CancellationException cancellation = new CancellationException("the transaction was cancelled while running: " + sql);
            cancellation.initCause(cause);
            return cancellation;
        }
        Limit limit;
        synchronized (lock) {
            limit = expired;
        }
        if (limit == Limit.TRANSACTION) {
            return new TransactionTimeoutException(transactionTimedOut() + " while running: " + sql, cause);
        }
        if (limit == Limit.STATEMENT) {
            return new StatementTimeoutException("cancelled after its " + millis(statementTimeout)
                    + " ms statement timeout: " + sql, sql, cause);
        }
        return cause == null || classified == null ? new DataAccessException(message, sql, cause)
                : DataAccessFailures.of(dialect, message, sql, cause, DataAccessFailures.classify(dialect, classified));
    }

    /**
     * Cancels the running statement on the server, if there is one, and refuses further
     * statements. Returns at once; callable from any thread.
     */
    public void cancel() {
        cancelled = true;
        CancelTarget target;
        synchronized (lock) {
            target = running;
        }
        if (target != null) {
            interrupt(target, null);
        }
    }

    /** Whether the transaction was cancelled. */
    boolean isCancelled() {
        return cancelled;
    }

    /**
     * Checks that the transaction may commit: it was not cancelled, no statement of it was cut short
     * and its deadline has not passed.
     *
     * @throws CancellationException if it was cancelled
     * @throws StatementTimeoutException if a statement passed its timeout
     * @throws TransactionTimeoutException if its deadline has passed
     */
    void requireCommittable() {
        if (cancelled) {
            throw new CancellationException("the transaction was cancelled; it was rolled back, not committed");
        }
        synchronized (lock) {
            requireUsable();
        }
    }

    /** Sends a cancel for the statement unless it finished or one is on its way; called with a reason when a limit passed. */
    private void interrupt(CancelTarget target, @Nullable Limit limit) {
        synchronized (lock) {
            if (running != target || cancelInFlight) {
                return;
            }
            if (limit != null) {
                expired = limit;
            }
            cancelInFlight = true;
        }
        cancels.send(target, () -> {
            synchronized (lock) {
                cancelInFlight = false;
                lock.notifyAll();
            }
        });
    }

    /** Must hold the lock. */
    private void requireUsable() {
        if (cancelled) {
            throw new CancellationException("the transaction was cancelled; no further statements run in it");
        }
        if (expired == Limit.STATEMENT) {
            throw new StatementTimeoutException("a statement of this transaction was cancelled after its "
                    + millis(statementTimeout) + " ms statement timeout; the transaction can only roll back", null, null);
        }
        if (expired == Limit.TRANSACTION || transactionTimeout != null && System.nanoTime() - deadline >= 0) {
            throw new TransactionTimeoutException(transactionTimedOut(), null);
        }
    }

    private String transactionTimedOut() {
        return "the transaction ran longer than its " + millis(transactionTimeout) + " ms timeout and was rolled back";
    }

    private static long millis(@Nullable Duration duration) {
        return duration == null ? 0 : duration.toMillis();
    }
}
