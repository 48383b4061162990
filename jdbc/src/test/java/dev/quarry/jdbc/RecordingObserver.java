package dev.quarry.jdbc;

import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.SavepointAction;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Writes down what it is told, one list of events per transaction, in the order transactions
 * started: {@code connection 1}, {@code statement select obs_items 2}, {@code statement insert
 * obs_items failed}, {@code savepoint SET}, {@code attempt 1 failed}, {@code ended COMMITTED 1} or
 * {@code ended ROLLED_BACK 1 IllegalStateException}.
 */
final class RecordingObserver implements DatabaseObserver {
    private final List<Recorded> transactions = new CopyOnWriteArrayList<>();

    /** One transaction as it was observed. */
    record Recorded(TransactionStart start, Thread startedOn, List<String> events) {
        boolean hasEnded() {
            return events.stream().anyMatch(event -> event.startsWith("ended "));
        }
    }

    @Override
    public TransactionObserver transactionStarted(TransactionStart start) {
        List<String> events = new CopyOnWriteArrayList<>();
        transactions.add(new Recorded(start, Thread.currentThread(), events));
        return new TransactionObserver() {
            @Override
            public void connectionAcquired(int attempt, long waitNanos) {
                events.add("connection " + attempt + (waitNanos >= 0 ? "" : " negative wait"));
            }

            @Override
            public void statementExecuted(ExecutedStatement statement) {
                events.add("statement " + statement.fingerprint().name()
                        + (statement.failure() == null ? " " + statement.rows() : " failed"));
            }

            @Override
            public void savepoint(SavepointAction action) {
                events.add("savepoint " + action);
            }

            @Override
            public void budgetExceeded(BudgetViolation violation) {
                events.add("budget " + violation.budget());
            }

            @Override
            public void attemptFailed(FailedAttempt attempt) {
                events.add("attempt " + attempt.attempt() + " failed");
            }

            @Override
            public void transactionEnded(TransactionEnd end) {
                events.add("ended " + end.outcome() + " " + end.attempts()
                        + (end.failure() == null ? "" : " " + end.failure().getClass().getSimpleName()));
            }
        };
    }

    /** The transactions observed so far. */
    List<Recorded> transactions() {
        return List.copyOf(transactions);
    }

    /** The only transaction observed so far. */
    Recorded only() {
        List<Recorded> all = transactions();
        if (all.size() != 1) {
            throw new AssertionError("expected one transaction, observed " + all.size() + ": " + all);
        }
        return all.get(0);
    }

    /** The last transaction observed, once it has ended (an async one may end after its caller saw it fail). */
    Recorded lastEnded(Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<Recorded> all = transactions();
            if (!all.isEmpty() && all.get(all.size() - 1).hasEnded()) {
                return all.get(all.size() - 1);
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no transaction ended within " + within + ": " + transactions());
    }

    void clear() {
        transactions.clear();
    }
}
