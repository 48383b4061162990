package dev.quarry.dialect;

/** How a dialect stores instants so no session or server time zone can shift them. */
public enum InstantStorage {
    /** {@code TIMESTAMP WITH TIME ZONE}, bound as a UTC {@link java.time.OffsetDateTime}. */
    TIMESTAMP_WITH_TIME_ZONE,
    /** A date-time column holding UTC, bound as a {@link java.time.LocalDateTime} in UTC. */
    UTC_DATETIME,
    /** Text {@code yyyy-MM-dd HH:mm:ss.SSSSSSZ} in UTC, fixed width. */
    UTC_ISO_TEXT
}
