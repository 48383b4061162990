package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.StatementTimeoutException;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.TransactionTimeoutException;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.SavepointAction;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.jdbc.observation.TransactionStart;
import dev.quarry.jdbc.observation.BudgetViolation;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One transaction, all its attempts, as its observer sees it: the runner that owns the transaction
 * marks each attempt's start, and ends it exactly once, with a success or a failure, whatever
 * happened before its first statement (a pool that timed out ends it too).
 *
 * <p>Used by the one runner of a transaction, one event at a time, though not always from the same
 * thread (a Kotlin transaction may resume elsewhere, a Java async one runs on the executor); the
 * fields are volatile so each event sees the state the previous one left.
 */
public final class ObservedTransaction {
    private static final Logger BUDGET_LOG = LoggerFactory.getLogger("dev.quarry.budget");

    private final TransactionObserver observer;
    /** The budgets reported so far, by name: each one once per transaction, whatever the attempt. */
    private @Nullable Set<String> budgetsExceeded;
    private final long started = System.nanoTime();
    private volatile long attemptStarted = started;
    private volatile int attempt;
    private volatile boolean ended;

    private ObservedTransaction(TransactionObserver observer) {
        this.observer = observer;
    }

    /** Tells the database's observers that a transaction starts; to be called on the caller's thread, before any wait. */
    public static ObservedTransaction start(DatabaseInternals internals, TransactionOptions options) {
        return new ObservedTransaction(internals.observers().transactionStarted(new TransactionStart(internals.database(), options)));
    }

    /** What observes the transaction. */
    public TransactionObserver observer() {
        return observer;
    }

    /** An attempt begins: it is about to ask for a connection. */
    public void attemptStarting() {
        attempt++;
        attemptStarted = System.nanoTime();
    }

    /** The current attempt holds its connection. */
    void connectionAcquired() {
        if (observer != TransactionObserver.NONE) {
            observer.connectionAcquired(attempt, System.nanoTime() - attemptStarted);
        }
    }

    void savepoint(SavepointAction action) {
        if (observer != TransactionObserver.NONE) {
            observer.savepoint(action);
        }
    }

    /**
     * A query budget was exceeded: reported to the observer, and logged at WARN when it does not
     * fail the transaction, the first time for that budget in this transaction only.
     */
    synchronized void budgetExceeded(BudgetViolation violation, String message) {
        if (budgetsExceeded == null) {
            budgetsExceeded = new HashSet<>();
        }
        if (!budgetsExceeded.add(violation.budget())) {
            return;
        }
        if (!violation.failsTransaction()) {
            BUDGET_LOG.warn("{}; the transaction goes on (budget policy WARN)", message);
        }
        if (observer != TransactionObserver.NONE) {
            observer.budgetExceeded(violation);
        }
    }

    /** The transaction's block returned and the transaction ended: committed, or rolled back when marked rollback-only. */
    public void succeeded(boolean rolledBackOnly) {
        end(rolledBackOnly ? TransactionOutcome.ROLLED_BACK : TransactionOutcome.COMMITTED, null);
    }

    /**
     * The current attempt failed and was rolled back: the transaction is tried again if
     * {@code retried}, and ends otherwise.
     */
    public void failed(Throwable failure, boolean retried) {
        if (!retried) {
            end(outcomeOf(failure), failure);
        } else if (observer != TransactionObserver.NONE) {
            observer.attemptFailed(new FailedAttempt(Math.max(1, attempt), System.nanoTime() - attemptStarted, failure));
        }
    }

    private void end(TransactionOutcome outcome, @Nullable Throwable failure) {
        if (ended) {
            return;
        }
        ended = true;
        if (observer != TransactionObserver.NONE) {
            observer.transactionEnded(new TransactionEnd(outcome, Math.max(1, attempt), System.nanoTime() - started, failure));
        }
    }

    private static TransactionOutcome outcomeOf(Throwable failure) {
        if (failure instanceof TransactionTimeoutException || failure instanceof StatementTimeoutException) {
            return TransactionOutcome.TIMED_OUT;
        }
        return failure instanceof CancellationException ? TransactionOutcome.CANCELLED : TransactionOutcome.ROLLED_BACK;
    }
}
