package dev.quarry.jdbc.internal.cluster;

import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.TransactionWork;
import dev.quarry.jdbc.cluster.ReplicationPosition;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The asynchronous transactions of a cluster, with the blocking ones' rules: read-only work goes to
 * a replica chosen by the policy, other work to the primary; with a position, the replica first
 * waits to replay it, else the work runs on the primary; a replica that is unavailable before the
 * work started is left out for its back-off and the work goes to the next member, and once the
 * work started a failure completes the future. Every step runs as an asynchronous transaction of
 * the member's database, so no caller thread waits; cancelling the returned future cancels the
 * step running at that moment. Thread-safe.
 */
public final class AsyncClusterTransactions {
    private final ClusterRouting routing;
    private final ReplicaCatchUp catchUp;

    public AsyncClusterTransactions(ClusterRouting routing, ReplicaCatchUp catchUp) {
        this.routing = routing;
        this.catchUp = catchUp;
    }

    /** Runs the work as described above; the future completes with its result or its failure. */
    public <R extends @Nullable Object> CompletableFuture<R> run(TransactionOptions options, @Nullable ReplicationPosition after,
            TransactionWork<R> work) {
        Attempts<R> attempts = new Attempts<>(options, after, work);
        attempts.tryOn(routing.first(options.isReadOnly()));
        return attempts.outcome;
    }

    /** The attempts of one asynchronous transaction, and the step running now. */
    private final class Attempts<R extends @Nullable Object> {
        private final TransactionOptions options;
        private final @Nullable ReplicationPosition after;
        private final TransactionWork<R> work;
        private final CompletableFuture<R> outcome = new CompletableFuture<>();
        private final AtomicReference<@Nullable CompletableFuture<?>> step = new AtomicReference<>();

        Attempts(TransactionOptions options, @Nullable ReplicationPosition after, TransactionWork<R> work) {
            this.options = options;
            this.after = after;
            this.work = work;
            outcome.whenComplete((result, failure) -> {
                CompletableFuture<?> running = step.get();
                if (outcome.isCancelled() && running != null) {
                    running.cancel(true);
                }
            });
        }

        /** Waits for the position on a replica first, if there is one; then starts the work. */
        void tryOn(ClusterMember member) {
            if (after == null || !member.isReplica()) {
                start(member);
                return;
            }
            CompletableFuture<Boolean> waiting;
            try {
                waiting = catchUp.awaitAsync(member.database(), after);
            } catch (RuntimeException | Error e) {
                outcome.completeExceptionally(e);
                return;
            }
            running(waiting).whenComplete((caughtUp, failure) -> {
                if (failure == null) {
                    start(Boolean.TRUE.equals(caughtUp) ? member : routing.primary());
                    return;
                }
                Throwable cause = unwrapped(failure);
                if (ReplicaFailures.meansUnavailable(cause)) {
                    routing.markUnavailable(member);
                    start(routing.primary());
                } else {
                    outcome.completeExceptionally(cause);
                }
            });
        }

        private void start(ClusterMember member) {
            if (outcome.isDone()) {
                return;
            }
            AtomicBoolean started = new AtomicBoolean();
            member.enter();
            CompletableFuture<R> transaction;
            try {
                transaction = member.database().transactionAsync(options, tx -> {
                    started.set(true);
                    return work.run(tx);
                });
            } catch (RuntimeException | Error e) {
                member.leave();
                outcome.completeExceptionally(e);
                return;
            }
            running(transaction).whenComplete((result, failure) -> {
                member.leave();
                if (failure == null) {
                    outcome.complete(result);
                    return;
                }
                Throwable cause = unwrapped(failure);
                if (member.isReplica() && ReplicaFailures.meansUnavailable(cause)) {
                    routing.markUnavailable(member);
                    ClusterMember next = started.get() ? null : routing.after(member);
                    if (next != null) {
                        tryOn(next);
                        return;
                    }
                }
                outcome.completeExceptionally(cause);
            });
        }

        private <T> CompletableFuture<T> running(CompletableFuture<T> next) {
            step.set(next);
            if (outcome.isCancelled()) {
                next.cancel(true);
            }
            return next;
        }
    }

    private static Throwable unwrapped(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
