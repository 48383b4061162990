package dev.quarry.migrate;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Migrator} is configured. Immutable.
 *
 * @param locations where scripts are read from, in order
 * @param codeMigrations the migrations written in code
 * @param historyTable the history table's name
 * @param installedBy who is recorded as having run migrations, or null for the database user
 * @param lockTimeout how long to wait for another runner
 * @param allowOutOfOrder whether pending migrations older than the newest applied one may run
 * @param classLoader what {@code classpath:} locations are read with
 */
record MigratorSettings(List<MigrationLocation> locations, List<CodeMigration> codeMigrations, String historyTable,
        @Nullable String installedBy, Duration lockTimeout, boolean allowOutOfOrder, ClassLoader classLoader) {

    MigratorSettings {
        locations = List.copyOf(locations);
        codeMigrations = List.copyOf(codeMigrations);
        Objects.requireNonNull(historyTable, "historyTable");
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        Objects.requireNonNull(classLoader, "classLoader");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("the lock timeout must not be negative, got " + lockTimeout);
        }
    }

    /** The name of the lock runners of this history take. */
    String lockName() {
        return "quarry-migrate:" + historyTable;
    }

    MigrationCatalog catalog() {
        return MigrationCatalog.load(locations, codeMigrations, classLoader);
    }
}
