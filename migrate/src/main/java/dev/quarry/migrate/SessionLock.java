package dev.quarry.migrate;

import java.sql.SQLException;

/** A lock held by the runner's session connection until closed. Closed once, on the thread that took it. */
@FunctionalInterface
interface SessionLock extends AutoCloseable {
    @Override
    void close() throws SQLException;
}
