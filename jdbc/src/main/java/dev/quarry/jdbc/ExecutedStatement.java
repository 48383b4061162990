package dev.quarry.jdbc;

import dev.quarry.render.Bind;
import dev.quarry.render.StatementFingerprint;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement a {@link Database} ran. Immutable.
 *
 * @param database the database's name
 * @param sql the SQL text
 * @param binds the bound values
 * @param elapsedNanos time spent in the driver, reading rows included
 * @param rows rows returned or affected, -1 if it failed
 * @param failure why it failed, or null
 */
public record ExecutedStatement(
        String database, String sql, List<Bind> binds, long elapsedNanos, long rows, @Nullable Throwable failure) {

    /** The statement's shape without its values, the key to count, time and name it by. */
    public StatementFingerprint fingerprint() {
        return StatementFingerprint.of(sql);
    }
}
