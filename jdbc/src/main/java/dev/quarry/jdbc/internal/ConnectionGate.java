package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.ConnectionUnavailableException;
import dev.quarry.jdbc.DatabaseClosedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One permit per pooled connection, handed out first come first served. A caller takes a permit
 * before it asks the pool for a connection, so the pool always has one ready; waiting happens
 * here, where a coroutine or future can wait without holding a thread ({@link #acquireAsync}),
 * instead of blocking one inside the pool.
 *
 * <p>Thread-safe. Every permit handed out must be {@link Permit#release() released} once.
 */
public final class ConnectionGate {
    private final String databaseName;
    private final TimeoutTimer timer;
    private final ArrayDeque<CompletableFuture<Permit>> waiters = new ArrayDeque<>();
    private int available;
    private boolean closed;

    public ConnectionGate(String databaseName, int permits, TimeoutTimer timer) {
        this.databaseName = databaseName;
        this.timer = timer;
        this.available = permits;
    }

    /**
     * A future that completes with a permit once one is free, or fails with a
     * {@link ConnectionUnavailableException} when none is free within the timeout. Cancelling the
     * future withdraws the request; a permit that arrived anyway must be released by whoever
     * cancelled (see {@link Permit#release()}).
     */
    public CompletableFuture<Permit> acquireAsync(Duration timeout) {
        CompletableFuture<Permit> request = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                request.completeExceptionally(new DatabaseClosedException(databaseName));
                return request;
            }
            if (available > 0 && waiters.isEmpty()) {
                available--;
                request.complete(new Permit());
                return request;
            }
            waiters.addLast(request);
        }
        ScheduledFuture<?> expiry = timer.after(timeout, () -> request.completeExceptionally(unavailable(timeout)));
        request.whenComplete((permit, failure) -> {
            expiry.cancel(false);
            if (failure != null) {
                withdraw(request);
            }
        });
        return request;
    }

    /**
     * Blocks until a permit is free. The waiting thread keeps its own deadline, so a blocking
     * caller costs no timer task.
     *
     * @throws ConnectionUnavailableException if none is free within the timeout
     */
    public Permit acquire(Duration timeout) {
        CompletableFuture<Permit> request = new CompletableFuture<>();
        synchronized (this) {
            if (closed) {
                throw new DatabaseClosedException(databaseName);
            }
            if (available > 0 && waiters.isEmpty()) {
                available--;
                return new Permit();
            }
            waiters.addLast(request);
        }
        try {
            return request.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            Permit arrived = withdrawOrTake(request);
            if (arrived != null) {
                return arrived;
            }
            throw unavailable(timeout);
        } catch (InterruptedException e) {
            Permit arrived = withdrawOrTake(request);
            if (arrived != null) {
                arrived.release();
            }
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a connection of " + databaseName);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /** Withdraws a request that stopped waiting, or returns the permit it received meanwhile. */
    private @Nullable Permit withdrawOrTake(CompletableFuture<Permit> request) {
        if (request.cancel(false)) {
            withdraw(request);
            return null;
        }
        return request.isCompletedExceptionally() ? null : request.join();
    }

    private ConnectionUnavailableException unavailable(Duration timeout) {
        return new ConnectionUnavailableException("no connection of database '" + databaseName + "' became free within "
                + timeout.toMillis() + " ms; all are held by other transactions");
    }

    /** Fails every waiting request and refuses new ones. */
    public void close() {
        List<CompletableFuture<Permit>> pending;
        synchronized (this) {
            closed = true;
            pending = List.copyOf(waiters);
            waiters.clear();
        }
        for (CompletableFuture<Permit> request : pending) {
            request.completeExceptionally(new DatabaseClosedException(databaseName));
        }
    }

    /** Permits not handed out. */
    public synchronized int available() {
        return available;
    }

    /** Requests waiting for a permit. */
    public synchronized int waiting() {
        return waiters.size();
    }

    private synchronized void withdraw(CompletableFuture<Permit> request) {
        waiters.remove(request);
    }

    private void handBack() {
        while (true) {
            CompletableFuture<Permit> next;
            synchronized (this) {
                next = waiters.pollFirst();
                if (next == null) {
                    available++;
                    return;
                }
            }
            if (next.complete(new Permit())) {
                return;
            }
        }
    }

    /** The right to take one connection from the pool. */
    public final class Permit {
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {
        }

        /** Returns the permit; later calls do nothing. */
        public void release() {
            if (released.compareAndSet(false, true)) {
                handBack();
            }
        }
    }
}
