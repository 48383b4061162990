package dev.quarry.jdbc.internal;

import java.sql.SQLException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends statement cancels to the server on threads of its own, so that whoever cancels (a
 * cancelled coroutine, a cancelled future, the timeout timer) never waits for it: MariaDB's driver
 * opens a connection to send {@code KILL QUERY}. A thread per cancel in flight, none kept when
 * idle. Its threads are separate from the database's executor, whose threads may all be blocked in
 * the very statements being cancelled. Thread-safe.
 */
public final class ServerCancels implements AutoCloseable {
    private final ThreadPoolExecutor threads;

    public ServerCancels(String databaseName) {
        threads = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
                new DaemonThreadFactory(databaseName + "-cancel"));
    }

    /**
     * Cancels the statement on the server, then runs {@code settled}, always, whether the cancel
     * worked or not. Runs both on the calling thread once this is closed.
     */
    void send(CancelTarget target, Runnable settled) {
        Runnable cancel = () -> {
            try {
                target.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // The statement may have ended meanwhile, or its connection broke: nothing left to cancel.
            } finally {
                settled.run();
            }
        };
        try {
            threads.execute(cancel);
        } catch (RejectedExecutionException closed) {
            cancel.run();
        }
    }

    @Override
    public void close() {
        threads.shutdown();
    }
}
