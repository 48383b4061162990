package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.ConnectionUnavailableException;
import dev.quarry.jdbc.DatabaseClosedException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * One permit per pooled connection. A caller takes a permit before it asks the pool for a
 * connection, so the pool always has one ready; waiting happens here, where a coroutine or future
 * can wait without holding a thread ({@link #acquireAsync}), instead of blocking one inside the
 * pool.
 *
 * <p>Waiting futures get a released permit handed to them in arrival order. A blocked thread is
 * woken instead and takes the permit when it runs; a thread that is running already may take a
 * free permit first, as a connection pool lets it. That keeps a permit from idling while the
 * woken thread is scheduled, which under many threads on few cores costs a context switch per
 * transaction. A woken thread that lost the permit stays first in line and is woken by the next
 * release.
 *
 * <p>Thread-safe. Every permit handed out must be {@link Permit#release() released} once.
 */
public final class ConnectionGate {
    private final String databaseName;
    private final TimeoutTimer timer;
    private final ArrayDeque<Object> waiters = new ArrayDeque<>();
    private int available;
    private boolean closed;

    public ConnectionGate(String databaseName, int permits, TimeoutTimer timer) {
        this.databaseName = databaseName;
        this.timer = timer;
        this.available = permits;
    }

    /** A thread blocked in {@link #acquire}; woken means a permit was freed for it since it last looked. */
    private static final class BlockedThread {
        final Thread thread = Thread.currentThread();
        boolean woken;
    }

    /**
     * A permit if one is free now, or null when the caller would have to wait for one.
     *
     * @throws DatabaseClosedException if the gate is closed
     */
    public synchronized @Nullable Permit tryAcquire() {
        if (closed) {
            throw new DatabaseClosedException(databaseName);
        }
        if (available > 0) {
            available--;
            return new Permit();
        }
        return null;
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
            if (available > 0) {
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
        BlockedThread self;
        synchronized (this) {
            if (closed) {
                throw new DatabaseClosedException(databaseName);
            }
            if (available > 0) {
                available--;
                return new Permit();
            }
            self = new BlockedThread();
            waiters.addLast(self);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean offerOn;
        while (true) {
            long left = deadline - System.nanoTime();
            if (left > 0 && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(this, left);
            }
            synchronized (this) {
                if (closed) {
                    waiters.remove(self);
                    throw new DatabaseClosedException(databaseName);
                }
                boolean interrupted = Thread.currentThread().isInterrupted();
                if (available > 0 && !interrupted) {
                    available--;
                    waiters.remove(self);
                    return new Permit();
                }
                self.woken = false;
                if (interrupted || deadline - System.nanoTime() <= 0) {
                    waiters.remove(self);
                    offerOn = available > 0;
                    break;
                }
            }
        }
        if (offerOn) {
            offerFreePermit();
        }
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a connection of " + databaseName);
        }
        throw unavailable(timeout);
    }

    private ConnectionUnavailableException unavailable(Duration timeout) {
        return new ConnectionUnavailableException("no connection of database '" + databaseName + "' became free within "
                + timeout.toMillis() + " ms; all are held by other transactions");
    }

    /** Fails every waiting request and refuses new ones. */
    @SuppressWarnings("unchecked")
    public void close() {
        List<Object> pending;
        synchronized (this) {
            closed = true;
            pending = new ArrayList<>(waiters);
            waiters.clear();
        }
        for (Object waiter : pending) {
            if (waiter instanceof BlockedThread blocked) {
                LockSupport.unpark(blocked.thread);
            } else {
                ((CompletableFuture<Permit>) waiter).completeExceptionally(new DatabaseClosedException(databaseName));
            }
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
        synchronized (this) {
            available++;
            if (waiters.isEmpty()) {
                return;
            }
        }
        offerFreePermit();
    }

    /**
     * Offers a free permit to the first waiter not offered one yet: a waiting future gets it, a
     * blocked thread is woken to take it.
     */
    @SuppressWarnings("unchecked")
    private void offerFreePermit() {
        while (true) {
            CompletableFuture<Permit> future = null;
            Thread wake = null;
            synchronized (this) {
                if (available == 0) {
                    return;
                }
                for (Iterator<Object> line = waiters.iterator(); line.hasNext(); ) {
                    Object waiter = line.next();
                    if (waiter instanceof BlockedThread blocked) {
                        if (!blocked.woken) {
                            blocked.woken = true;
                            wake = blocked.thread;
                            break;
                        }
                    } else {
                        line.remove();
                        available--;
                        future = (CompletableFuture<Permit>) waiter;
                        break;
                    }
                }
            }
            if (wake != null) {
                LockSupport.unpark(wake);
                return;
            }
            if (future == null || future.complete(new Permit())) {
                return;
            }
            synchronized (this) {
                available++;
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
