package dev.quarry.migrate;

import java.util.Objects;

/**
 * A migration this runner applied or reverted. Immutable.
 *
 * @param version its version
 * @param description what it does
 * @param executionMillis how long it ran
 */
public record ExecutedMigration(long version, String description, long executionMillis) {
    public ExecutedMigration {
        Objects.requireNonNull(description, "description");
    }
}
