package dev.quarry.jdbc.observation;

import java.util.Objects;

/**
 * An attempt of a transaction that failed with a transient conflict and will be tried again. Immutable.
 *
 * @param attempt its number, from 1
 * @param elapsedNanos time from its start to its rollback
 * @param failure the conflict
 */
public record FailedAttempt(int attempt, long elapsedNanos, Throwable failure) {
    public FailedAttempt {
        Objects.requireNonNull(failure, "failure");
    }
}
