package dev.quarry.dialect;

/** How a dialect binds exact decimals. */
public enum DecimalStorage {
    /** As {@link java.math.BigDecimal}, exact. */
    NATIVE,
    /**
     * As an 8-byte float (SQLite keeps decimals that way). Values that a double cannot hold exactly
     * to 15 significant digits are rejected instead of being rounded silently.
     */
    DOUBLE
}
