package dev.quarry.migrate;

import dev.quarry.jdbc.Database;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Migrator#down(long)}: under the lock, checks that every applied migration above the
 * target can be reverted (present, unchanged, with a down, not the baseline) before changing
 * anything, then reverts them newest first.
 */
final class DownOperation {
    private final Database database;
    private final MigratorSettings settings;

    DownOperation(Database database, MigratorSettings settings) {
        this.database = database;
        this.settings = settings;
    }

    List<ExecutedMigration> run(long targetVersion) {
        MigrationCatalog catalog = settings.catalog();
        long start = System.nanoTime();
        return MigrationSession.locked(database, settings, session -> {
            MigrationLedger ledger = session.ledger(catalog);
            ledger.refuseIfFailed("down");
            List<ResolvedMigration> toRevert = revertible(ledger, targetVersion);
            List<ExecutedMigration> reverted = session.executor().revertAll(toRevert);
            MigrationLog.downFinished(database.name(), reverted, session.ledger(catalog).highestApplied(), start);
            return reverted;
        });
    }

    /** The migrations to revert, newest first; refuses naming every one that cannot be. */
    private static List<ResolvedMigration> revertible(MigrationLedger ledger, long targetVersion) {
        List<ResolvedMigration> toRevert = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        List<ValidationProblem> changed = new ArrayList<>();
        for (ValidationProblem problem : ledger.validate(true).problems()) {
            if (problem.kind() == ValidationProblem.Kind.CHECKSUM_MISMATCH && problem.version() > targetVersion) {
                changed.add(problem);
            }
        }
        if (!changed.isEmpty()) {
            throw new MigrationValidationException(changed);
        }
        for (HistoryEntry entry : ledger.history().descendingMap().values()) {
            if (entry.version() <= targetVersion) {
                break;
            }
            ResolvedMigration migration = ledger.catalog().find(entry.version());
            String label = entry.version() + " (" + entry.description() + ")";
            if (entry.kind() == MigrationKind.BASELINE) {
                refusals.add(label + " is the baseline, which cannot be reverted");
            } else if (migration == null) {
                refusals.add(label + " is missing from the locations and code migrations");
            } else if (migration.down() == null) {
                refusals.add(label + " has no down" + (migration.kind() == MigrationKind.SQL
                        ? " script (" + migration.up().source().replace(".up.sql", ".down.sql") + ")" : ""));
            } else {
                toRevert.add(migration);
            }
        }
        if (!refusals.isEmpty()) {
            throw new MigrationException("down to version " + targetVersion + " is refused, nothing was changed: "
                    + refusals.size() + " of the migrations to revert cannot be reverted:\n  - "
                    + String.join("\n  - ", refusals));
        }
        return toRevert;
    }
}
