package dev.quarry.jdbc.observation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a transaction ended. Immutable.
 *
 * @param outcome what became of its work
 * @param attempts how many attempts it took, at least 1
 * @param elapsedNanos time from its start to its end, waits for connections and retries included
 * @param failure what it failed with, or null if its block returned
 */
public record TransactionEnd(TransactionOutcome outcome, int attempts, long elapsedNanos, @Nullable Throwable failure) {
    public TransactionEnd {
        Objects.requireNonNull(outcome, "outcome");
    }
}
