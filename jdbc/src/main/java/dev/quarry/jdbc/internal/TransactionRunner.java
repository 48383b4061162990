package dev.quarry.jdbc.internal;

import dev.quarry.QuarryException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.ExternalTransaction;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.RetryPolicy;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.TransactionWork;
import java.sql.Savepoint;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Runs Java transaction work with its options: joins or nests inside the transaction that runs
 * on this thread (the Kotlin DSL carries its transaction in the coroutine context instead) or
 * in an outer transaction of another manager ({@link dev.quarry.jdbc.ExternalTransactions}),
 * retries transient conflicts, and commits, rolls back and closes. Thread-safe.
 */
public final class TransactionRunner {
    private final Database database;
    private final DatabaseInternals internals;
    private final ThreadLocal<@Nullable JdbcTransaction> current = new ThreadLocal<>();

    public TransactionRunner(Database database, DatabaseInternals internals) {
        this.database = database;
        this.internals = internals;
    }

    /** Runs the work on this thread, blocking while it waits for a connection. */
    public <R extends @Nullable Object> R run(TransactionOptions options, TransactionWork<R> work) {
        JdbcTransaction open = current.get();
        if (open != null && open.isActive() && options.propagation() != Propagation.REQUIRES_NEW) {
            return options.propagation() == Propagation.NESTED ? nested(open, work) : joined(open, work);
        }
        if (options.propagation() != Propagation.REQUIRES_NEW) {
            ExternalTransaction outer = database.config().externalTransactions().current();
            if (outer != null) {
                return runJoined(outer, options, work);
            }
        }
        RetryPolicy retry = options.retry();
        ObservedTransaction observed = ObservedTransaction.start(internals, options);
        for (int attempt = 1; ; attempt++) {
            JdbcTransaction transaction = null;
            R result;
            try {
                observed.attemptStarting();
                transaction = internals.begin(internals.gate().acquire(database.config().connectionTimeout()), options, observed);
                result = runOwned(transaction, work);
                observed.succeeded(transaction.isRollbackOnly());
            } catch (RuntimeException | Error failure) {
                boolean retried = retry.allowsAttemptAfter(attempt) && internals.isTransient(failure);
                observed.failed(failure, retried);
                if (!retried) {
                    runCallbacks(transaction, failure);
                    throw failure;
                }
                if (transaction != null) {
                    transaction.discardCallbacks();
                }
                sleep(retry, attempt);
                continue;
            }
            runCallbacks(transaction, null);
            return result;
        }
    }

    /**
     * Runs the work on the database's executor; see {@link Database#transactionAsync}. Waiting for a
     * connection or a retry holds no thread.
     */
    public <R extends @Nullable Object> CompletableFuture<R> runAsync(TransactionOptions options, TransactionWork<R> work) {
        return new AsyncTransaction<>(this, internals, options, work).start();
    }

    /**
     * Runs work in a transaction it owns, as the transaction of this thread: commit on return,
     * rollback on failure, close always.
     */
    <R extends @Nullable Object> R runOwned(JdbcTransaction transaction, TransactionWork<R> work) {
        JdbcTransaction outer = current.get();
        current.set(transaction);
        try {
            R result = work.run(transaction);
            transaction.commit();
            return result;
        } catch (RuntimeException | Error e) {
            transaction.rollbackAfter(e);
            throw e;
        } catch (Exception e) {
            transaction.rollbackAfter(e);
            throw new QuarryException("transaction rolled back: " + e, e);
        } finally {
            transaction.close();
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
        }
    }

    /**
     * Runs work inside a transaction of another manager, as the transaction of this thread, once:
     * a failure marks the outer transaction rollback-only, or, for {@link Propagation#NESTED}, rolls
     * back to a savepoint.
     */
    private <R extends @Nullable Object> R runJoined(ExternalTransaction outer, TransactionOptions options, TransactionWork<R> work) {
        ObservedTransaction observed = ObservedTransaction.start(internals, options);
        observed.attemptStarting();
        JdbcTransaction transaction;
        try {
            transaction = internals.join(outer, options, observed);
        } catch (RuntimeException | Error failure) {
            observed.failed(failure, false);
            throw failure;
        }
        boolean nested = options.propagation() == Propagation.NESTED;
        JdbcTransaction previous = current.get();
        current.set(transaction);
        try {
            R result;
            try {
                result = nested ? nested(transaction, work) : joined(transaction, work);
            } catch (RuntimeException | Error failure) {
                if (!nested) {
                    transaction.rollbackAfter(failure);
                }
                throw failure;
            }
            try {
                transaction.commit();
            } catch (RuntimeException | Error failure) {
                transaction.rollbackAfter(failure);
                throw failure;
            }
            observed.succeeded(transaction.isRollbackOnly());
            return result;
        } catch (RuntimeException | Error failure) {
            observed.failed(failure, false);
            throw failure;
        } finally {
            transaction.close();
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }

    /** Runs the after-commit or after-rollback callbacks of an attempt that ended for good. */
    static void runCallbacks(@Nullable JdbcTransaction transaction, @Nullable Throwable failure) {
        if (transaction != null) {
            TransactionCallbacks.runAll(transaction.database().name(), transaction.takeCallbacks(failure), transaction.isCommitted());
        }
    }

    private static <R extends @Nullable Object> R joined(JdbcTransaction transaction, TransactionWork<R> work) {
        try {
            return work.run(transaction);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new QuarryException("transaction work failed: " + e, e);
        }
    }

    private static <R extends @Nullable Object> R nested(JdbcTransaction transaction, TransactionWork<R> work) {
        Savepoint savepoint = transaction.setSavepoint();
        R result;
        try {
            result = joined(transaction, work);
        } catch (RuntimeException | Error e) {
            try {
                transaction.rollbackTo(savepoint);
            } catch (RuntimeException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        }
        transaction.releaseSavepoint(savepoint);
        return result;
    }

    private static void sleep(RetryPolicy retry, int attempt) {
        try {
            Thread.sleep(retry.backoffAfter(attempt).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QuarryException("interrupted while waiting to retry the transaction", e);
        }
    }
}
