package dev.quarry.micrometer.internal;

import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import java.util.concurrent.TimeUnit;

/** Records the events of one transaction in its database's meters; holds no state of its own. */
final class TransactionMetrics implements TransactionObserver {
    private final DatabaseMeters meters;

    TransactionMetrics(DatabaseMeters meters) {
        this.meters = meters;
    }

    @Override
    public void connectionAcquired(int attempt, long waitNanos) {
        meters.connectionAcquire().record(waitNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void statementExecuted(ExecutedStatement statement) {
        meters.statement(statement.fingerprint(), statement.failure()).record(statement.elapsedNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void budgetExceeded(BudgetViolation violation) {
        meters.budgetViolations(violation.budget(), violation.failsTransaction()).increment();
    }

    @Override
    public void attemptFailed(FailedAttempt attempt) {
        meters.retried().record(attempt.elapsedNanos(), TimeUnit.NANOSECONDS);
        meters.retries(FailureTags.retryReason(attempt.failure())).increment();
    }

    @Override
    public void transactionEnded(TransactionEnd end) {
        meters.transaction(end.outcome()).record(end.elapsedNanos(), TimeUnit.NANOSECONDS);
    }
}
