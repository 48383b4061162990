package dev.quarry.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a transaction is run again: only after a transient conflict the dialect recognises
 * (serialization failure, deadlock, lock wait timeout; SQLite's BUSY and LOCKED), never after a
 * constraint violation or any other error. Waits grow exponentially up to a cap, each a random
 * part of it (full jitter). Immutable.
 *
 * <p>The transaction's work runs again from the start, so it must be re-runnable: no side effects
 * outside the database that must not happen twice.
 */
public final class RetryPolicy {
    /** No retry: the first failure is final. The default. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;

    private RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
    }

    /**
     * Retries transient conflicts: at most {@code maxAttempts} runs in all, waiting up to
     * {@code initialBackoff}, doubled each time, at most {@code maxBackoff}.
     */
    public static RetryPolicy onTransientFailure(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a transaction runs at least once; maxAttempts was " + maxAttempts);
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("backoff must be 0 <= initial <= max, got " + initialBackoff + " and " + maxBackoff);
        }
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff);
    }

    /** Five attempts, waiting 10 ms doubling up to 1 s. */
    public static RetryPolicy onTransientFailure() {
        return onTransientFailure(5, Duration.ofMillis(10), Duration.ofSeconds(1));
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    /** Whether another attempt follows the given one (1 for the first). */
    public boolean allowsAttemptAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** How long to wait after the given failed attempt (1 for the first): random, up to the doubled cap. */
    public Duration backoffAfter(int attempt) {
        long cap = Math.min(maxBackoff.toNanos(), initialBackoff.toNanos() << Math.min(attempt - 1, 30));
        return cap <= 0 ? Duration.ZERO : Duration.ofNanos(ThreadLocalRandom.current().nextLong(cap + 1));
    }

    @Override
    public String toString() {
        return maxAttempts == 1 ? "RetryPolicy.NONE"
                : "RetryPolicy[maxAttempts=" + maxAttempts + ", backoff=" + initialBackoff + ".." + maxBackoff + "]";
    }
}
