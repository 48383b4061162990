package dev.quarry.jdbc;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Limits on what one transaction may do, checked as its statements run: how many statements it
 * sends, how many rows its queries return, and how often it runs the same statement (the N+1
 * guard). Immutable and thread-safe; each method returns a changed copy:
 *
 * <pre>{@code
 * QueryBudget.NONE.maxStatements(100).maxRowsRead(10_000).maxSameStatement(20).policy(BudgetPolicy.FAIL)
 * }</pre>
 *
 * <p>Set it for one transaction with {@link TransactionOptions#budget} or for every transaction of a
 * database with {@link DatabaseConfig.Builder#budget}; a transaction's own budget replaces the
 * database's as a whole, limits are never merged one by one. The time a transaction may take is its
 * {@linkplain TransactionOptions#timeout timeout}, which always fails the transaction.
 *
 * <p>What counts, per attempt of the transaction (a retried attempt starts from zero):
 * <ul>
 *   <li><b>statements</b>: every statement sent for the caller, built or written by hand; a JDBC
 *       batch is one statement, an insert split into chunks counts each chunk; the statements that
 *       set isolation and read-only mode do not count. The statement over the limit is not sent.
 *   <li><b>rows read</b>: rows returned by queries (a count returns one) and by RETURNING, and rows
 *       read from a stream as they are read; not the rows a write affects, nor a generated key.
 *       Checked after the statement or the batch of rows that passed the limit.
 *   <li><b>same statement</b>: runs of statements with the same
 *       {@link dev.quarry.render.StatementFingerprint} (values left out, so an IN list of 3 values
 *       and one of 30 are the same statement). Checked after the run that passed the limit.
 * </ul>
 * Transactions that join an open one ({@link Propagation#REQUIRED}) and nested ones count against
 * the open transaction and its budget; their own budget is not used.
 *
 * <p>One {@link BudgetPolicy} applies to all limits of a budget: {@link BudgetPolicy#FAIL} (the
 * default) or {@link BudgetPolicy#WARN}. Either way the first excess of each limit is reported once
 * per transaction to {@link dev.quarry.jdbc.observation.TransactionObserver#budgetExceeded}.
 */
public final class QueryBudget {
    /** The name of the statement limit, as {@link dev.quarry.jdbc.observation.BudgetViolation#budget()} gives it. */
    public static final String STATEMENTS = "statements";
    /** The name of the rows-read limit. */
    public static final String ROWS_READ = "rows_read";
    /** The name of the same-statement limit (the N+1 guard). */
    public static final String SAME_STATEMENT = "same_statement";

    /** No limits; policy FAIL. */
    public static final QueryBudget NONE = new QueryBudget(0, 0, 0, BudgetPolicy.FAIL);

    private final long maxStatements;
    private final long maxRowsRead;
    private final long maxSameStatement;
    private final BudgetPolicy policy;

    private QueryBudget(long maxStatements, long maxRowsRead, long maxSameStatement, BudgetPolicy policy) {
        this.maxStatements = maxStatements;
        this.maxRowsRead = maxRowsRead;
        this.maxSameStatement = maxSameStatement;
        this.policy = policy;
    }

    /** At most this many statements per transaction attempt; positive. */
    public QueryBudget maxStatements(long value) {
        return new QueryBudget(positive(value, "maxStatements"), maxRowsRead, maxSameStatement, policy);
    }

    /** At most this many rows read per transaction attempt; positive. */
    public QueryBudget maxRowsRead(long value) {
        return new QueryBudget(maxStatements, positive(value, "maxRowsRead"), maxSameStatement, policy);
    }

    /** At most this many runs of one statement fingerprint per transaction attempt; positive. */
    public QueryBudget maxSameStatement(long value) {
        return new QueryBudget(maxStatements, maxRowsRead, positive(value, "maxSameStatement"), policy);
    }

    /** What happens when a limit is exceeded. */
    public QueryBudget policy(BudgetPolicy value) {
        return new QueryBudget(maxStatements, maxRowsRead, maxSameStatement, Objects.requireNonNull(value, "policy"));
    }

    /** The statement limit, if set. */
    public OptionalLong maxStatements() {
        return optional(maxStatements);
    }

    /** The rows-read limit, if set. */
    public OptionalLong maxRowsRead() {
        return optional(maxRowsRead);
    }

    /** The same-statement limit, if set. */
    public OptionalLong maxSameStatement() {
        return optional(maxSameStatement);
    }

    public BudgetPolicy policy() {
        return policy;
    }

    /** Whether any limit is set. */
    public boolean isLimited() {
        return maxStatements > 0 || maxRowsRead > 0 || maxSameStatement > 0;
    }

    private static long positive(long value, String what) {
        if (value < 1) {
            throw new IllegalArgumentException("the budget's " + what + " must be at least 1, got " + value);
        }
        return value;
    }

    private static OptionalLong optional(long value) {
        return value == 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryBudget that && maxStatements == that.maxStatements && maxRowsRead == that.maxRowsRead
                && maxSameStatement == that.maxSameStatement && policy == that.policy;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxStatements, maxRowsRead, maxSameStatement, policy);
    }

    @Override
    public String toString() {
        if (!isLimited()) {
            return "QueryBudget[none]";
        }
        return "QueryBudget[" + (maxStatements > 0 ? "maxStatements " + maxStatements + ", " : "")
                + (maxRowsRead > 0 ? "maxRowsRead " + maxRowsRead + ", " : "")
                + (maxSameStatement > 0 ? "maxSameStatement " + maxSameStatement + ", " : "") + policy + "]";
    }
}
