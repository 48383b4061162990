package dev.quarry.dialect;

/** How a dialect stores date-times without a time zone. */
public enum DateTimeStorage {
    /** A native timestamp type, bound as {@link java.time.LocalDateTime}. */
    NATIVE,
    /**
     * Text {@code yyyy-MM-dd HH:mm:ss.SSSSSS}: fixed width, so text order is time order, and
     * readable by SQLite's date functions.
     */
    ISO_TEXT
}
