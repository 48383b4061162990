package dev.quarry.jdbc;

/** How a transaction relates to one already open on the same database. */
public enum Propagation {
    /** Joins the open transaction, or starts one. The default. */
    REQUIRED,
    /** Always starts its own transaction on another connection; it commits or rolls back on its own. */
    REQUIRES_NEW,
    /**
     * Runs inside the open transaction behind a savepoint: its failure rolls back to the savepoint
     * only, and the open transaction goes on. Without an open transaction, like {@link #REQUIRED}.
     */
    NESTED
}
