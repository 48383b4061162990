package dev.quarry.migrate;

/** How failed runs recorded in the history are described, and what to do about them. */
final class FailedRuns {
    static final String REPAIR_ADVICE = "Fix or revert the partial changes by hand, then run repair (which deletes"
            + " the failed history rows), then up again.";

    private FailedRuns() {
    }

    /** {@code migration 3 (add orders) failed on … by …: message}. */
    static String describe(HistoryEntry entry) {
        return "migration " + entry.version() + " (" + entry.description() + ") failed on " + entry.installedAt()
                + " (run by " + entry.installedBy() + ")"
                + (entry.failureMessage() == null ? "" : ": " + entry.failureMessage());
    }
}
