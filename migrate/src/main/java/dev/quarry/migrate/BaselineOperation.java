package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import java.util.List;
import java.util.Objects;

/**
 * {@link Migrator#baseline}: under the lock and in one transaction, checks the history is empty and
 * records the baseline row.
 */
final class BaselineOperation {
    private final Database database;
    private final MigratorSettings settings;

    BaselineOperation(Database database, MigratorSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    HistoryEntry run(long version, String description) {
        if (version <= 0) {
            throw new IllegalArgumentException("the baseline version must be positive, got " + version);
        }
        Objects.requireNonNull(description, "description");
        return MigrationSession.locked(database, settings, session -> {
            HistoryEntry baseline = new HistoryEntry(version, description, MigrationKind.BASELINE, null,
                    session.installedBy(), InstallationTime.now(), 0, true, null);
            return session.atomically(() -> {
                List<HistoryEntry> existing = session.history().read(session.connection());
                if (!existing.isEmpty()) {
                    throw new MigrationException("baseline is refused: the history table " + settings.historyTable()
                            + " already has " + existing.size() + " row" + (existing.size() == 1 ? "" : "s")
                            + " (versions " + existing.stream().map(entry -> String.valueOf(entry.version())).toList()
                            + "); a baseline only adopts a database without history");
                }
                session.history().insert(session.connection(), baseline);
                return baseline;
            });
        });
    }
}
