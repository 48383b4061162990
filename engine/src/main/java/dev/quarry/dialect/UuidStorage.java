package dev.quarry.dialect;

/** How a dialect stores {@link java.util.UUID} values. */
public enum UuidStorage {
    /** The database's own uuid type (PostgreSQL). */
    NATIVE,
    /** 16 bytes, most significant first (MySQL/MariaDB BINARY(16)). */
    BIG_ENDIAN_BYTES,
    /** The canonical 36-character lower-case text (SQLite). */
    TEXT
}
