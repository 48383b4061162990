package dev.quarry.jdbc.internal;

import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The after-commit and after-rollback callbacks registered in one transaction attempt. A savepoint
 * that rolls back discards the callbacks registered since it was set; the transaction's end hands
 * out those of its outcome exactly once ({@link #take}). Actions are {@link Runnable}s or, from the
 * Kotlin DSL, its own suspending callbacks, which only its runner takes. Thread-safe.
 */
public final class TransactionCallbacks {
    private static final Logger LOG = LoggerFactory.getLogger("dev.quarry.transaction");

    private record Entry(boolean onCommit, Object action) { }

    private final List<Entry> entries = new ArrayList<>();
    /** Where each open savepoint's callbacks start; made with the first savepoint, as most transactions set none. */
    private @Nullable Map<Savepoint, Integer> marks;
    private boolean taken;

    /**
     * Registers an action for the commit ({@code onCommit}) or the rollback of the transaction.
     *
     * @throws IllegalStateException once the callbacks were taken
     */
    public synchronized void add(boolean onCommit, Object action) {
        if (taken) {
            throw new IllegalStateException("the transaction has ended; a callback must be registered inside it");
        }
        entries.add(new Entry(onCommit, action));
    }

    synchronized void savepointSet(Savepoint savepoint) {
        if (marks == null) {
            marks = new IdentityHashMap<>();
        }
        marks.put(savepoint, entries.size());
    }

    synchronized void rolledBackTo(Savepoint savepoint) {
        Integer mark = marks == null ? null : marks.remove(savepoint);
        if (mark != null && mark < entries.size()) {
            entries.subList(mark, entries.size()).clear();
        }
    }

    synchronized void released(Savepoint savepoint) {
        if (marks != null) {
            marks.remove(savepoint);
        }
    }

    /**
     * The actions for the outcome, in registration order, once; later calls and discarded
     * callbacks give none.
     *
     * @param committed whether the transaction committed; null when its outcome is unknown, which
     *     runs no callback
     */
    synchronized List<Object> take(@Nullable Boolean committed) {
        if (taken) {
            return List.of();
        }
        taken = true;
        marks = null;
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Object> actions = new ArrayList<>();
        if (committed != null) {
            for (Entry entry : entries) {
                if (entry.onCommit() == committed) {
                    actions.add(entry.action());
                }
            }
        } else {
            LOG.warn("the commit's outcome is unknown: {} transaction callback(s) were not run", entries.size());
        }
        entries.clear();
        return actions;
    }

    /**
     * Runs the {@link Runnable} actions in order; a failing one is logged at ERROR on
     * {@code dev.quarry.transaction} and the others still run. Errors other than exceptions propagate.
     */
    public static void runAll(String database, List<Object> actions, boolean committed) {
        for (Object action : actions) {
            if (action instanceof Runnable runnable) {
                try {
                    runnable.run();
                } catch (RuntimeException failure) {
                    logFailure(database, committed, failure);
                }
            }
        }
    }

    /** Logs a callback that failed; the transaction's outcome stands. */
    public static void logFailure(String database, boolean committed, Throwable failure) {
        LOG.error("an after-{} callback of a transaction on database '{}' failed; the transaction stays {}",
                committed ? "commit" : "rollback", database, committed ? "committed" : "rolled back", failure);
    }
}
