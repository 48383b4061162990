package dev.quarry.sql;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The date range every dialect stores and orders correctly: years 1 to 9999. */
final class TemporalRange {
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final Instant MIN_INSTANT = LocalDateTime.of(MIN_YEAR, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    private static final Instant MAX_INSTANT =
            LocalDateTime.of(MAX_YEAR + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

    private TemporalRange() {
    }

    static boolean containsYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    static boolean contains(Instant instant) {
        return !instant.isBefore(MIN_INSTANT) && instant.isBefore(MAX_INSTANT);
    }

    static String outOfRange(Object value) {
        return value + " is outside the supported years " + MIN_YEAR + " to " + MAX_YEAR;
    }
}
