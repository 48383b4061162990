package dev.quarry.migrate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of {@link Migrator#status()}: a migration known from the locations or code, the history
 * table, or both. Immutable.
 *
 * @param version the version
 * @param description the migration's description, or the recorded one if it is missing
 * @param state where it stands
 * @param source the up script's file name or the code migration's class, or null if it is missing
 * @param history its history row, or null if it has none
 */
public record MigrationInfo(long version, String description, MigrationState state, @Nullable String source,
        @Nullable HistoryEntry history) {

    public MigrationInfo {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(state, "state");
    }
}
