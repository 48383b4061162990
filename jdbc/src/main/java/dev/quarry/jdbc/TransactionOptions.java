package dev.quarry.jdbc;

import dev.quarry.sql.IsolationLevel;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a transaction runs: propagation, isolation, read-only mode, timeouts and retry. Immutable;
 * each method returns a changed copy:
 *
 * <pre>{@code
 * TransactionOptions.DEFAULT.isolation(IsolationLevel.SERIALIZABLE).retry(RetryPolicy.onTransientFailure())
 * }</pre>
 *
 * A transaction that joins another ({@link Propagation#REQUIRED} inside one, or
 * {@link Propagation#NESTED}) keeps the outer transaction's isolation, mode, timeouts, retry and budget.
 */
public final class TransactionOptions {
    /** REQUIRED, the database's isolation, read-write, no timeouts, no retry, the database's budget. */
    public static final TransactionOptions DEFAULT =
            new TransactionOptions(Propagation.REQUIRED, null, false, null, null, RetryPolicy.NONE, null);

    private final Propagation propagation;
    private final @Nullable IsolationLevel isolation;
    private final boolean readOnly;
    private final @Nullable Duration statementTimeout;
    private final @Nullable Duration timeout;
    private final RetryPolicy retry;
    private final @Nullable QueryBudget budget;

    private TransactionOptions(Propagation propagation, @Nullable IsolationLevel isolation, boolean readOnly,
            @Nullable Duration statementTimeout, @Nullable Duration timeout, RetryPolicy retry, @Nullable QueryBudget budget) {
        this.propagation = propagation;
        this.isolation = isolation;
        this.readOnly = readOnly;
        this.statementTimeout = statementTimeout;
        this.timeout = timeout;
        this.retry = retry;
        this.budget = budget;
    }

    public TransactionOptions propagation(Propagation value) {
        return new TransactionOptions(Objects.requireNonNull(value, "propagation"), isolation, readOnly,
                statementTimeout, timeout, retry, budget);
    }

    /** The isolation level; SQLite is always serializable, which satisfies any level. */
    public TransactionOptions isolation(IsolationLevel value) {
        return new TransactionOptions(propagation, Objects.requireNonNull(value, "isolation"), readOnly,
                statementTimeout, timeout, retry, budget);
    }

    /** A read-only transaction: any write fails in the database. */
    public TransactionOptions readOnly() {
        return new TransactionOptions(propagation, isolation, true, statementTimeout, timeout, retry, budget);
    }

    /** Each statement is cancelled on the server when it runs longer than this. */
    public TransactionOptions statementTimeout(Duration value) {
        return new TransactionOptions(propagation, isolation, readOnly, positive(value, "statement timeout"), timeout, retry, budget);
    }

    /**
     * The whole transaction, commit included, fails and rolls back when it runs longer than this:
     * its time budget, next to the limits of its {@link #budget(QueryBudget) query budget}.
     */
    public TransactionOptions timeout(Duration value) {
        return new TransactionOptions(propagation, isolation, readOnly, statementTimeout, positive(value, "timeout"), retry, budget);
    }

    /** Runs the transaction again after transient conflicts; see {@link RetryPolicy}. */
    public TransactionOptions retry(RetryPolicy value) {
        return new TransactionOptions(propagation, isolation, readOnly, statementTimeout, timeout,
                Objects.requireNonNull(value, "retry"), budget);
    }

    /**
     * Limits on the statements, rows read and repeated statements of the transaction; replaces the
     * database's {@linkplain DatabaseConfig.Builder#budget default budget} as a whole
     * ({@link QueryBudget#NONE} lifts it). See {@link QueryBudget}.
     */
    public TransactionOptions budget(QueryBudget value) {
        return new TransactionOptions(propagation, isolation, readOnly, statementTimeout, timeout, retry,
                Objects.requireNonNull(value, "budget"));
    }

    public Propagation propagation() {
        return propagation;
    }

    public @Nullable IsolationLevel isolation() {
        return isolation;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public @Nullable Duration statementTimeout() {
        return statementTimeout;
    }

    public @Nullable Duration timeout() {
        return timeout;
    }

    public RetryPolicy retry() {
        return retry;
    }

    /** The transaction's own budget, or null when the database's default applies. */
    public @Nullable QueryBudget budget() {
        return budget;
    }

    private static Duration positive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, got " + value);
        }
        return value;
    }

    @Override
    public String toString() {
        return "TransactionOptions[" + propagation + (isolation == null ? "" : ", " + isolation)
                + (readOnly ? ", read-only" : "") + (statementTimeout == null ? "" : ", statement timeout " + statementTimeout)
                + (timeout == null ? "" : ", timeout " + timeout) + ", " + retry + (budget == null ? "" : ", " + budget) + "]";
    }
}
