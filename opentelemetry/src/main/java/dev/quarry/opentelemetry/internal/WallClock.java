package dev.quarry.opentelemetry.internal;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The time of Quarry's spans, in nanoseconds since the epoch. A statement's span is made after the
 * statement ran, with a start in the past; its transaction's span takes its start and end from the
 * same clock, so that statements lie within their transaction.
 */
public final class WallClock {
    private WallClock() {
    }

    /** Now, in nanoseconds since the epoch. */
    public static long nowNanos() {
        Instant now = Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }
}
