package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
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
        MigrationCatalog catalog = settings.catalog();
        long start = System.nanoTime();
        return MigrationSession.locked(database, settings, session -> {
            MigrationLedger ledger = session.ledger(catalog);
            ledger.refuseIfFailed("up");
            ledger.validate(settings.allowOutOfOrder()).requireValid();
            List<ExecutedMigration> applied = session.executor().applyAll(ledger.pending(targetVersion));
            MigrationLog.upFinished(database.name(), applied, session.ledger(catalog).highestApplied(), start);
            return applied;
        });
    }
}
