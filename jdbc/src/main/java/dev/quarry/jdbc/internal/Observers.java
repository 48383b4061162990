package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.StatementListener;
import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.FailedAttempt;
import dev.quarry.jdbc.observation.SavepointAction;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionStart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The observers of one database as one: each is told in turn, and one that throws is logged and
 * passed over, so an observer never fails a transaction. With no observer, a transaction is
 * observed by {@link TransactionObserver#NONE}. Immutable; thread-safe as its observers are.
 */
public final class Observers implements DatabaseObserver {
    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);

    private final String databaseName;
    private final DatabaseObserver[] observers;

    private Observers(String databaseName, List<DatabaseObserver> observers) {
        this.databaseName = databaseName;
        this.observers = observers.toArray(DatabaseObserver[]::new);
    }

    /** The given observers, followed by one that hands every statement to the listener unless it is {@link StatementListener#NONE}. */
    public static Observers of(String databaseName, List<DatabaseObserver> observers, StatementListener listener) {
        List<DatabaseObserver> all = new ArrayList<>(observers);
        if (listener != StatementListener.NONE) {
            TransactionObserver forward = new TransactionObserver() {
                @Override
                public void statementExecuted(ExecutedStatement statement) {
                    listener.onStatement(statement);
                }
            };
            all.add(start -> forward);
        }
        return new Observers(databaseName, all);
    }

    @Override
    public TransactionObserver transactionStarted(TransactionStart start) {
        // Most transactions are observed by none or one observer (the SQL log is NONE while it is off).
        @Nullable List<TransactionObserver> started = null;
        for (DatabaseObserver observer : observers) {
            TransactionObserver transaction = startedBy(observer, start);
            if (transaction != TransactionObserver.NONE) {
                if (started == null) {
                    started = new ArrayList<>(observers.length);
                }
                started.add(transaction);
            }
        }
        return started == null ? TransactionObserver.NONE : new Each(databaseName, started.toArray(TransactionObserver[]::new));
    }

    private TransactionObserver startedBy(DatabaseObserver observer, TransactionStart start) {
        try {
            return observer.transactionStarted(start);
        } catch (RuntimeException e) {
            LOG.warn("an observer of database '{}' failed as a transaction started", databaseName, e);
            return TransactionObserver.NONE;
        }
    }

    /** Tells each transaction observer in turn. */
    private static final class Each implements TransactionObserver {
        private final String databaseName;
        private final TransactionObserver[] observers;

        Each(String databaseName, TransactionObserver[] observers) {
            this.databaseName = databaseName;
            this.observers = observers;
        }

        @Override
        public void connectionAcquired(int attempt, long waitNanos) {
            tell(observer -> observer.connectionAcquired(attempt, waitNanos));
        }

        @Override
        public void statementExecuted(ExecutedStatement statement) {
            // Once per statement: a plain loop, no event object.
            for (TransactionObserver observer : observers) {
                try {
                    observer.statementExecuted(statement);
                } catch (RuntimeException e) {
                    LOG.warn("an observer of database '{}' failed", databaseName, e);
                }
            }
        }

        @Override
        public void savepoint(SavepointAction action) {
            tell(observer -> observer.savepoint(action));
        }

        @Override
        public void budgetExceeded(BudgetViolation violation) {
            tell(observer -> observer.budgetExceeded(violation));
        }

        @Override
        public void attemptFailed(FailedAttempt attempt) {
            tell(observer -> observer.attemptFailed(attempt));
        }

        @Override
        public void transactionEnded(TransactionEnd end) {
            tell(observer -> observer.transactionEnded(end));
        }

        private void tell(Consumer<TransactionObserver> event) {
            for (TransactionObserver observer : observers) {
                try {
                    event.accept(observer);
                } catch (RuntimeException e) {
                    LOG.warn("an observer of database '{}' failed", databaseName, e);
                }
            }
        }
    }
}
