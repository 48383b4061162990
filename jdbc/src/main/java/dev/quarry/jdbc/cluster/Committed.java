package dev.quarry.jdbc.cluster;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of a transaction that committed on the primary of a {@link DatabaseCluster}, with
 * the {@link ReplicationPosition} a later read must wait for to see it. Immutable.
 *
 * @param result what the transaction's work returned
 * @param position the primary's position right after the commit
 */
public record Committed<R extends @Nullable Object>(R result, ReplicationPosition position) {
    public Committed {
        Objects.requireNonNull(position, "position");
    }
}
