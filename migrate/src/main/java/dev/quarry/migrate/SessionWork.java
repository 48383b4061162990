package dev.quarry.migrate;

import java.sql.SQLException;

/** Work done in a {@link MigrationSession}. */
@FunctionalInterface
interface SessionWork<R> {
    R run(MigrationSession session) throws SQLException;
}
