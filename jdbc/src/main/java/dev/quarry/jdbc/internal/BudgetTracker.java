package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.BudgetPolicy;
import dev.quarry.jdbc.QueryBudget;
import dev.quarry.jdbc.QueryBudgetExceededException;
import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.render.StatementFingerprint;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Counts what one attempt of a transaction does against its {@link QueryBudget}: statements before
 * they are sent, rows as they are read, and runs per statement fingerprint after each run. A limit
 * passed under {@link BudgetPolicy#FAIL} throws {@link QueryBudgetExceededException} and leaves the
 * tracker failed, so no further statement starts and the commit is refused; under
 * {@link BudgetPolicy#WARN} it is reported once and counting goes on.
 *
 * <p>Fed by the one transaction's statements, which run one at a time; the methods are synchronized
 * all the same, since a stream may be read on another thread than the one that opened it.
 */
final class BudgetTracker {
    private static final String ROLLS_BACK = "; the transaction rolls back";
    private static final String CAN_ONLY_ROLL_BACK = "; the transaction can only roll back: no further statement runs in it"
            + " and it does not commit";
    private final QueryBudget budget;
    private final String databaseName;
    private final ObservedTransaction observed;
    private final long maxStatements;
    private final long maxRowsRead;
    private final long maxSameStatement;
    private final Map<StatementFingerprint, Long> runs = new HashMap<>();
    private long statements;
    private long rowsRead;
    private boolean statementsReported;
    private boolean rowsReported;
    private boolean sameReported;
    private boolean counting = true;
    /** What failed the transaction, once a limit under FAIL was passed. */
    private @Nullable QueryBudgetExceededException failure;

    BudgetTracker(QueryBudget budget, String databaseName, ObservedTransaction observed) {
        this.budget = budget;
        this.databaseName = databaseName;
        this.observed = observed;
        this.maxStatements = budget.maxStatements().orElse(Long.MAX_VALUE);
        this.maxRowsRead = budget.maxRowsRead().orElse(Long.MAX_VALUE);
        this.maxSameStatement = budget.maxSameStatement().orElse(Long.MAX_VALUE);
    }

    /** Whether statements count; off while the transaction sends its own set-up statements. */
    synchronized void counting(boolean value) {
        counting = value;
    }

    /** Forgets the counts, when the first statement is sent again on a new connection. */
    synchronized void restart() {
        statements = 0;
        rowsRead = 0;
        runs.clear();
    }

    /**
     * Counts a statement about to be sent.
     *
     * @throws QueryBudgetExceededException if it would pass the statement limit under FAIL, or a
     *     limit failed the transaction before
     */
    synchronized void beforeStatement(String sql) {
        requireWithinBudget();
        if (!counting) {
            return;
        }
        long count = statements + 1;
        if (count > maxStatements && !statementsReported) {
            statementsReported = true;
            StatementFingerprint fingerprint = StatementFingerprint.of(sql);
            exceeded(new BudgetViolation(QueryBudget.STATEMENTS, maxStatements, count, fingerprint, fails()),
                    "its budget of " + maxStatements + " statements: statement " + count + (fails() ? " was not sent" : " was sent")
                    + ", " + describe(fingerprint));
        }
        statements = count;
    }

    /**
     * Counts a statement that ran and the rows it returned.
     *
     * @throws QueryBudgetExceededException if it passed the rows-read or the same-statement limit under FAIL
     */
    synchronized void afterStatement(String sql, long rows) {
        if (!counting) {
            return;
        }
        if (maxSameStatement != Long.MAX_VALUE) {
            StatementFingerprint fingerprint = StatementFingerprint.of(sql);
            long count = runs.merge(fingerprint, 1L, Long::sum);
            if (count > maxSameStatement && !sameReported) {
                sameReported = true;
                exceeded(new BudgetViolation(QueryBudget.SAME_STATEMENT, maxSameStatement, count, fingerprint, fails()),
                        "its budget of " + maxSameStatement + " runs of the same statement: " + describe(fingerprint)
                        + " ran " + count + " times (an N+1 pattern: read these rows in one query)");
            }
        }
        rowsRead(sql, rows);
    }

    /**
     * Counts rows read from a statement's result.
     *
     * @throws QueryBudgetExceededException if they passed the rows-read limit under FAIL
     */
    synchronized void rowsRead(String sql, long rows) {
        if (!counting || rows <= 0) {
            return;
        }
        rowsRead += rows;
        if (rowsRead > maxRowsRead && !rowsReported) {
            rowsReported = true;
            StatementFingerprint fingerprint = StatementFingerprint.of(sql);
            exceeded(new BudgetViolation(QueryBudget.ROWS_READ, maxRowsRead, rowsRead, fingerprint, fails()),
                    "its budget of " + maxRowsRead + " rows read: " + rowsRead + " rows read, the last of them by "
                    + describe(fingerprint));
        }
    }

    /**
     * Refuses to go on once a limit failed the transaction.
     *
     * @throws QueryBudgetExceededException if one did
     */
    synchronized void requireWithinBudget() {
        QueryBudgetExceededException failed = failure;
        if (failed != null) {
            throw new QueryBudgetExceededException(failed.getMessage().replace(ROLLS_BACK, "") + CAN_ONLY_ROLL_BACK,
                    failed.violation());
        }
    }

    /** Whether a limit failed the transaction. */
    synchronized boolean hasFailed() {
        return failure != null;
    }

    private boolean fails() {
        return budget.policy() == BudgetPolicy.FAIL;
    }

    private void exceeded(BudgetViolation violation, String what) {
        String message = "a transaction on " + databaseName + " exceeded " + what;
        observed.budgetExceeded(violation, message);
        if (violation.failsTransaction()) {
            QueryBudgetExceededException exceeded = new QueryBudgetExceededException(message + ROLLS_BACK, violation);
            failure = exceeded;
            throw exceeded;
        }
    }

    private static String describe(StatementFingerprint fingerprint) {
        return fingerprint.name() + " [" + fingerprint.text() + "]";
    }
}
