package dev.quarry.migrate;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Work done in a {@link MigrationSession}. */
@FunctionalInterface
interface SessionWork<R extends @Nullable Object> {
    R run(MigrationSession session) throws SQLException;
}
