package dev.quarry.jdbc;

import dev.quarry.render.Bind;
import dev.quarry.render.StatementFingerprint;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement a {@link Database} ran. Immutable.
 *
 * <p>Sensitive values: a bind tied to a column declared {@code sensitive()} has
 * {@link Bind#sensitive()} set and prints as {@value Bind#MASK} through {@link Bind#toString()}, but
 * {@link Bind#value()} still holds the real value. An observer that exports binds (to a log, a
 * span, a metric tag) must print them with {@code toString()} or skip sensitive ones; it must
 * never export the value of a sensitive bind. The {@link #failure()} of a statement with sensitive
 * binds has those values removed from its message and from the driver exceptions it wraps.
 *
 * @param database the database's name
 * @param sql the SQL text
 * @param binds the bound values; empty for a batched insert, whose rows the driver binds one by one
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
