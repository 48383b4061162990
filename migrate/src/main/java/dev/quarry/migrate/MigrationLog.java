package dev.quarry.migrate;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the runner tells the SLF4J logger {@value #NAME}, so that a migration run at startup
 * leaves a trace: at INFO each migration applied or reverted with its version, description and
 * time as it finishes, and one line when an {@code up} or {@code down} ends, also when there was
 * nothing to do. Stateless; thread-safe.
 */
final class MigrationLog {
    /** The logger's name. */
    static final String NAME = "dev.quarry.migrate";
    private static final Logger LOG = LoggerFactory.getLogger(NAME);

    private MigrationLog() {
    }

    static void applied(String database, ExecutedMigration migration) {
        LOG.info("Applied migration {} ({}) to database '{}' in {} ms", migration.version(), migration.description(),
                database, migration.executionMillis());
    }

    static void reverted(String database, ExecutedMigration migration) {
        LOG.info("Reverted migration {} ({}) on database '{}' in {} ms", migration.version(), migration.description(),
                database, migration.executionMillis());
    }

    /** The end of an up: how many were applied and the version the database is at. */
    static void upFinished(String database, List<ExecutedMigration> applied, long version, long startNanos) {
        if (applied.isEmpty()) {
            LOG.info("Database '{}' is up to date at version {}; no migration applied", database, version);
        } else {
            LOG.info("Applied {} migration{} to database '{}' in {} ms; now at version {}", applied.size(),
                    applied.size() == 1 ? "" : "s", database, millisSince(startNanos), version);
        }
    }

    /** The end of a down: how many were reverted and the version the database is at. */
    static void downFinished(String database, List<ExecutedMigration> reverted, long version, long startNanos) {
        if (reverted.isEmpty()) {
            LOG.info("Database '{}' is at version {}; no migration reverted", database, version);
        } else {
            LOG.info("Reverted {} migration{} on database '{}' in {} ms; now at version {}", reverted.size(),
                    reverted.size() == 1 ? "" : "s", database, millisSince(startNanos), version);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
