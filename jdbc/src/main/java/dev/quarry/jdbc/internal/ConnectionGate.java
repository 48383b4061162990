package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.ConnectionUnavailableException;
import dev.quarry.jdbc.DatabaseClosedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One permit per pooled connection, handed out first come first served. A caller takes a permit
 * before it asks the pool for a connection, so the pool always has one ready; waiting happens
 * here, where a coroutine can wait by suspending ({@link #acquireAsync()}) instead of blocking a
 * thread inside the pool.
 *
 * <p>Thread-safe. Every permit handed out must be {@link Permit#release() released} once.
 */
public final class ConnectionGate {
    private final String databaseName;
    private final ArrayDeque<CompletableFuture<Permit>> waiters = new ArrayDeque<>();
    private int available;
    private boolean closed;

    public ConnectionGate(String databaseName, int permits) {
        this.databaseName = databaseName;
        this.available = permits;
    }

    /**
     * A future that completes with a permit once one is free. Cancelling the future withdraws the
     * request; a permit that arrived anyway is released by whoever cancelled (see
     * {@link Permit#release()}).
     */
    public CompletableFuture<Permit> acquireAsync() {
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
        request.whenComplete((permit, failure) -> {
            if (request.isCancelled()) {
                withdraw(request);
            }
        });
        return request;
    }

    /**
     * Blocks until a permit is free.
     *
     * @throws ConnectionUnavailableException if none is free within the timeout
     */
    public Permit acquire(Duration timeout) {
        CompletableFuture<Permit> request = acquireAsync();
        try {
            return request.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            giveUp(request);
            throw new ConnectionUnavailableException("no connection of database '" + databaseName
                    + "' became free within " + timeout.toMillis() + " ms; all are held by other transactions");
        } catch (InterruptedException e) {
            giveUp(request);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a connection of " + databaseName);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
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

    private void giveUp(CompletableFuture<Permit> request) {
        if (!request.cancel(false)) {
            request.thenAccept(Permit::release);
        }
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
