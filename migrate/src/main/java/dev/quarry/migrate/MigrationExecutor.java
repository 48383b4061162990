package dev.quarry.migrate;

import dev.quarry.dialect.Dialect;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Applies or reverts one migration on the session connection, with its history change. Where DDL
 * is transactional (and the script allows a transaction), migration and history change commit or
 * roll back together; a failure leaves no trace and nothing is recorded. Otherwise the history row
 * is written first as not finished, the statements run one by one, and the row is then marked
 * succeeded (or deleted, after a revert) or failed. Either way the history is re-read first, so a
 * migration another runner applied meanwhile is skipped.
 *
 * <p>One instance serves one session; confined to its thread.
 */
final class MigrationExecutor {
    private final MigrationSession session;
    private final Connection connection;
    private final Dialect dialect;
    private final RunnerDialect runnerDialect;
    private final SchemaHistory history;
    private final String installedBy;

    MigrationExecutor(MigrationSession session, Dialect dialect, String installedBy) {
        this.session = session;
        this.connection = session.connection();
        this.dialect = dialect;
        this.runnerDialect = session.runnerDialect();
        this.history = session.history();
        this.installedBy = installedBy;
    }

    /** Applies the migrations in order; what ran, leaving out those another runner applied meanwhile. */
    List<ExecutedMigration> applyAll(List<ResolvedMigration> migrations) {
        return each(migrations, this::apply, done -> MigrationLog.applied(session.databaseName(), done));
    }

    /** Reverts the migrations in order; what ran, leaving out those another runner reverted meanwhile. */
    List<ExecutedMigration> revertAll(List<ResolvedMigration> migrations) {
        return each(migrations, this::revert, done -> MigrationLog.reverted(session.databaseName(), done));
    }

    private static List<ExecutedMigration> each(List<ResolvedMigration> migrations,
            Function<ResolvedMigration, @Nullable ExecutedMigration> step, Consumer<ExecutedMigration> log) {
        List<ExecutedMigration> executed = new ArrayList<>();
        for (ResolvedMigration migration : migrations) {
            ExecutedMigration done = step.apply(migration);
            if (done != null) {
                executed.add(done);
                log.accept(done);
            }
        }
        return executed;
    }

    /** Applies a migration; null if it was applied meanwhile. */
    @Nullable ExecutedMigration apply(ResolvedMigration migration) {
        MigrationContext context = new MigrationContext(connection, dialect);
        long start = System.nanoTime();
        Instant at = InstallationTime.now();
        if (runsInTransaction(migration.up())) {
            try {
                boolean ran = runnerDialect.inMigrationTransaction(connection, () -> {
                    if (history.find(connection, migration.version()) != null) {
                        return false;
                    }
                    migration.up().step().run(context);
                    history.insert(connection, entry(migration, at, millisSince(start), null));
                    return true;
                });
                return ran ? executed(migration, start) : null;
            } catch (MigrationLockException e) {
                throw e;
            } catch (Exception e) {
                throw new MigrationFailures(migration, false, context, e).rolledBack();
            }
        }
        runnerDialect.requireLockedOutsideTransactions(migration.label());
        boolean claimed = session.atomically(() -> {
            if (history.find(connection, migration.version()) != null) {
                return false;
            }
            history.insert(connection, entry(migration, at, 0, "started on " + at + " and not finished"));
            return true;
        });
        if (!claimed) {
            return null;
        }
        runRecorded(migration, false, context, start);
        session.atomically(() -> {
            history.finish(connection, migration.version(), millisSince(start), null);
            return null;
        });
        return executed(migration, start);
    }

    /** Reverts an applied migration and deletes its history row; null if it was reverted meanwhile. */
    @Nullable ExecutedMigration revert(ResolvedMigration migration) {
        MigrationAction down = migration.down();
        if (down == null) {
            throw new MigrationException("migration " + migration.label() + " has no down");
        }
        MigrationContext context = new MigrationContext(connection, dialect);
        long start = System.nanoTime();
        if (runsInTransaction(down)) {
            try {
                boolean ran = runnerDialect.inMigrationTransaction(connection, () -> {
                    if (history.find(connection, migration.version()) == null) {
                        return false;
                    }
                    down.step().run(context);
                    history.delete(connection, migration.version());
                    return true;
                });
                return ran ? executed(migration, start) : null;
            } catch (MigrationLockException e) {
                throw e;
            } catch (Exception e) {
                throw new MigrationFailures(migration, true, context, e).rolledBack();
            }
        }
        runnerDialect.requireLockedOutsideTransactions(migration.label());
        boolean claimed = session.atomically(() -> {
            HistoryEntry entry = history.find(connection, migration.version());
            if (entry == null || !entry.success()) {
                return false;
            }
            history.finish(connection, migration.version(), entry.executionMillis(),
                    "revert started on " + InstallationTime.now() + " and not finished");
            return true;
        });
        if (!claimed) {
            return null;
        }
        runRecorded(migration, true, context, start);
        session.atomically(() -> {
            history.delete(connection, migration.version());
            return null;
        });
        return executed(migration, start);
    }

    private boolean runsInTransaction(MigrationAction action) {
        return action.transactional() && runnerDialect.transactionalDdl();
    }

    /** Runs an action outside a transaction; on failure records it in the history row and throws. */
    private void runRecorded(ResolvedMigration migration, boolean reverting, MigrationContext context, long start) {
        MigrationAction action = reverting ? migration.down() : migration.up();
        try {
            action.step().run(context);
        } catch (Exception e) {
            MigrationFailures failures = new MigrationFailures(migration, reverting, context, e);
            MigrationFailedException failure = failures.recorded(dialect.name());
            try {
                session.atomically(() -> {
                    history.finish(connection, migration.version(), millisSince(start), failures.historyMessage());
                    return null;
                });
            } catch (RuntimeException recording) {
                failure.addSuppressed(recording);
            }
            throw failure;
        }
    }

    private HistoryEntry entry(ResolvedMigration migration, Instant at, long millis, @Nullable String failure) {
        return new HistoryEntry(migration.version(), migration.description(), migration.kind(), migration.checksum(),
                installedBy, at, millis, failure == null, failure);
    }

    private static ExecutedMigration executed(ResolvedMigration migration, long start) {
        return new ExecutedMigration(migration.version(), migration.description(), millisSince(start));
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
