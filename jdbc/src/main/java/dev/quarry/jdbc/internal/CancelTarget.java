package dev.quarry.jdbc.internal;

import java.sql.SQLException;

/**
 * What a cancel is sent to while a statement runs: the JDBC statement itself
 * ({@code prepared::cancel}), or the connection a driver's own operation runs on, such as
 * PostgreSQL's {@code COPY}. {@link #cancel} may be called from any thread, at most once per run.
 */
@FunctionalInterface
interface CancelTarget {
    /** Asks the server to stop the running statement; may return before the server stopped it. */
    void cancel() throws SQLException;
}
