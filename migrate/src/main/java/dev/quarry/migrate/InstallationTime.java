package dev.quarry.migrate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The text form of {@code installed_at}: ISO-8601 in UTC with milliseconds, always the same length
 * ({@code 2024-05-01T09:30:00.000Z}), so rows sort by it as text on every database.
 */
final class InstallationTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private InstallationTime() {
    }

    /** Now, to the millisecond. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
