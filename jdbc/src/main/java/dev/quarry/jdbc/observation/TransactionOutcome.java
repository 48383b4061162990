package dev.quarry.jdbc.observation;

/** What became of a transaction's work. */
public enum TransactionOutcome {
    /** Committed. */
    COMMITTED,
    /** Rolled back: its block failed, or it was marked rollback-only. */
    ROLLED_BACK,
    /** Rolled back because it or one of its statements ran past its timeout. */
    TIMED_OUT,
    /** Rolled back because it was cancelled (a cancelled coroutine or future). */
    CANCELLED
}
