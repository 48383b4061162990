package dev.quarry.migrate;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: a migration applied, a failed run, or the baseline. Immutable.
 *
 * @param version the migration's version, the table's primary key
 * @param description what the migration does
 * @param kind sql, code or baseline
 * @param checksum SHA-256 (hex) of the up script with CRLF read as LF, or null (code migrations, baseline)
 * @param installedBy who ran it
 * @param installedAt when it was run, UTC
 * @param executionMillis how long it ran
 * @param success false for a failed run, which blocks further runs until repaired
 * @param failureMessage what went wrong, for a failed run; null otherwise
 */
public record HistoryEntry(long version, String description, MigrationKind kind, @Nullable String checksum,
        String installedBy, Instant installedAt, long executionMillis, boolean success,
        @Nullable String failureMessage) {

    public HistoryEntry {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(installedBy, "installedBy");
        Objects.requireNonNull(installedAt, "installedAt");
    }
}
