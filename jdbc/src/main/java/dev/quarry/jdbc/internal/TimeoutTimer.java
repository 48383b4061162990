package dev.quarry.jdbc.internal;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread per database that acts when a time limit passes: it cancels statements
 * running past their timeout and gives up waits for a connection. A limit disarmed in time leaves
 * nothing behind. Thread-safe.
 */
public final class TimeoutTimer implements AutoCloseable {
    private final ScheduledThreadPoolExecutor timer;

    public TimeoutTimer(String databaseName) {
        timer = new ScheduledThreadPoolExecutor(1, new DaemonThreadFactory(databaseName + "-timer"));
        timer.setRemoveOnCancelPolicy(true);
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs the action after the delay unless the returned handle is cancelled first. */
    ScheduledFuture<?> after(Duration delay, Runnable action) {
        return timer.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
