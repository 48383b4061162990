package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Migrator#up(long)}: under the lock, refuses while a failed run awaits repair, validates,
 * then applies the pending migrations up to the target in version order.
 */
final class UpOperation {
    private final Database database;
    private final MigratorSettings settings;

    UpOperation(Database database, MigratorSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    List<ExecutedMigration> run(long targetVersion) {
        if (targetVersion < 0) {
            throw new IllegalArgumentException("the target version must not be negative, got " + targetVersion);
        }
        MigrationCatalog catalog = settings.catalog();
        return MigrationSession.locked(database, settings, session -> {
            MigrationLedger ledger = session.ledger(catalog);
            ledger.refuseIfFailed("up");
            ledger.validate(settings.allowOutOfOrder()).requireValid();
            MigrationExecutor executor = session.executor();
            List<ExecutedMigration> applied = new ArrayList<>();
            for (ResolvedMigration migration : ledger.pending(targetVersion)) {
                ExecutedMigration executed = executor.apply(migration);
                if (executed != null) {
                    applied.add(executed);
                }
            }
            return applied;
        });
    }
}
