package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.DatabaseClosedException;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.TransactionWork;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@code Database.transactionAsync}: waits for a permit without a thread, runs the work
 * on the database's executor, retries transient conflicts after a backoff without a thread, and
 * completes its future. Cancelling the future withdraws a waiting request, or cancels the running
 * statement and refuses further ones, so the transaction rolls back. Thread-safe.
 */
final class AsyncTransaction<R extends @Nullable Object> {
    private final TransactionRunner runner;
    private final DatabaseInternals internals;
    private final TransactionOptions options;
    private final TransactionWork<R> work;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private final ObservedTransaction observed;
    private volatile @Nullable CompletableFuture<ConnectionGate.Permit> request;
    private volatile @Nullable JdbcTransaction transaction;

    AsyncTransaction(TransactionRunner runner, DatabaseInternals internals, TransactionOptions options,
            TransactionWork<R> work) {
        this.runner = runner;
        this.internals = internals;
        this.options = options;
        this.work = work;
        this.observed = ObservedTransaction.start(internals, options);
    }

    CompletableFuture<R> start() {
        result.whenComplete((value, failure) -> {
            if (result.isCancelled()) {
                cancelInFlight();
            }
        });
        attempt(1);
        return result;
    }

    private void attempt(int number) {
        observed.attemptStarting();
        CompletableFuture<ConnectionGate.Permit> waiting =
                internals.gate().acquireAsync(internals.database().config().connectionTimeout());
        request = waiting;
        if (result.isDone()) {
            cancelInFlight();
        }
        waiting.whenComplete((permit, failure) -> {
            if (failure != null) {
                finish(number, failure);
                return;
            }
            try {
                internals.executor().execute(() -> runWith(permit, number));
            } catch (RejectedExecutionException e) {
                permit.release();
                fail(new DatabaseClosedException(internals.database().name()));
            }
        });
    }

    private void runWith(ConnectionGate.Permit permit, int number) {
        if (result.isDone()) {
            permit.release();
            observed.failed(new CancellationException("the transaction's future was cancelled"), false);
            return;
        }
        R value;
        JdbcTransaction opened = null;
        try {
            opened = internals.begin(permit, options, observed);
            transaction = opened;
            if (result.isCancelled()) {
                opened.cancel();
            }
            value = runner.runOwned(opened, work);
            observed.succeeded(opened.isRollbackOnly());
        } catch (RuntimeException | Error failure) {
            finish(number, failure, opened);
            return;
        }
        TransactionRunner.runCallbacks(opened, null);
        result.complete(value);
    }

    private void finish(int number, Throwable failure) {
        finish(number, failure, null);
    }

    private void finish(int number, Throwable failure, @Nullable JdbcTransaction attempt) {
        Throwable cause = failure instanceof CompletionException wrapped && wrapped.getCause() != null
                ? wrapped.getCause() : failure;
        boolean retried = !result.isDone() && options.retry().allowsAttemptAfter(number) && internals.isTransient(cause);
        observed.failed(cause, retried);
        if (attempt != null) {
            if (retried) {
                attempt.discardCallbacks();
            } else {
                TransactionRunner.runCallbacks(attempt, cause);
            }
        }
        if (retried) {
            try {
                internals.timer().after(options.retry().backoffAfter(number), () -> attempt(number + 1));
            } catch (RejectedExecutionException e) {
                fail(new DatabaseClosedException(internals.database().name()));
            }
        } else {
            result.completeExceptionally(cause);
        }
    }

    /** Ends the transaction for its observers and fails the future. */
    private void fail(Throwable failure) {
        observed.failed(failure, false);
        result.completeExceptionally(failure);
    }

    private void cancelInFlight() {
        CompletableFuture<ConnectionGate.Permit> waiting = request;
        if (waiting != null) {
            // A permit that arrived already is released by runWith, which sees the cancelled result.
            waiting.cancel(false);
        }
        JdbcTransaction running = transaction;
        if (running != null) {
            running.cancel();
        }
    }
}
