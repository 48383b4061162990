package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The migrations known and the rows of the history table side by side: which are applied, pending,
 * failed, missing or changed. A snapshot; immutable.
 */
final class MigrationLedger {
    private final MigrationCatalog catalog;
    private final NavigableMap<Long, HistoryEntry> history = new TreeMap<>();

    MigrationLedger(MigrationCatalog catalog, List<HistoryEntry> entries) {
        this.catalog = catalog;
        for (HistoryEntry entry : entries) {
            history.put(entry.version(), entry);
        }
    }

    MigrationCatalog catalog() {
        return catalog;
    }

    /** The history rows by version. */
    NavigableMap<Long, HistoryEntry> history() {
        return history;
    }

    /** The baseline version, or 0 without a baseline. */
    long baselineVersion() {
        return history.values().stream().filter(entry -> entry.kind() == MigrationKind.BASELINE)
                .mapToLong(HistoryEntry::version).max().orElse(0);
    }

    /** The newest version applied successfully (the baseline included), or 0. */
    long highestApplied() {
        return history.values().stream().filter(HistoryEntry::success).mapToLong(HistoryEntry::version).max()
                .orElse(0);
    }

    /** The rows of failed runs. */
    List<HistoryEntry> failed() {
        return history.values().stream().filter(entry -> !entry.success()).toList();
    }

    /** Known migrations without a history row above the baseline and up to the target, in version order. */
    List<ResolvedMigration> pending(long target) {
        long baseline = baselineVersion();
        List<ResolvedMigration> pending = new ArrayList<>();
        for (ResolvedMigration migration : catalog.all()) {
            if (migration.version() > baseline && migration.version() <= target
                    && !history.containsKey(migration.version())) {
                pending.add(migration);
            }
        }
        return pending;
    }

    /**
     * Checks the history against the known migrations.
     *
     * @param allowOutOfOrder whether pending migrations older than the newest applied one are fine
     */
    ValidationReport validate(boolean allowOutOfOrder) {
        List<ValidationProblem> problems = new ArrayList<>();
        int checked = 0;
        for (HistoryEntry entry : history.values()) {
            ResolvedMigration known = catalog.find(entry.version());
            String label = entry.version() + " (" + entry.description() + ")";
            if (!entry.success()) {
                problems.add(new ValidationProblem(ValidationProblem.Kind.FAILED, entry.version(),
                        FailedRuns.describe(entry) + "; " + FailedRuns.REPAIR_ADVICE));
            } else if (entry.kind() == MigrationKind.BASELINE) {
                continue;
            } else if (known == null) {
                problems.add(new ValidationProblem(ValidationProblem.Kind.MISSING, entry.version(), "migration "
                        + label + " was applied on " + entry.installedAt() + " but no location or code migration"
                        + " provides it any more"));
            } else {
                checked++;
                if (entry.checksum() != null && !entry.checksum().equals(known.checksum())) {
                    problems.add(new ValidationProblem(ValidationProblem.Kind.CHECKSUM_MISMATCH, entry.version(),
                            "migration " + label + ": " + known.up().source() + " was changed after it was applied"
                            + " (checksum " + entry.checksum() + " in the history, " + known.checksum() + " now);"
                            + " restore it and put the change in a new migration"));
                }
            }
        }
        if (!allowOutOfOrder) {
            long highest = highestApplied();
            for (ResolvedMigration migration : pending(Long.MAX_VALUE)) {
                if (migration.version() < highest) {
                    problems.add(new ValidationProblem(ValidationProblem.Kind.OUT_OF_ORDER, migration.version(),
                            "migration " + migration.label() + " in " + migration.up().source() + " is pending but"
                            + " older than the newest applied migration " + highest + " (out of order); give it a"
                            + " version above " + highest + ", or allow out-of-order migrations"));
                }
            }
        }
        problems.sort((left, right) -> Long.compare(left.version(), right.version()));
        return new ValidationReport(checked, problems);
    }

    /**
     * Refuses to go on while a failed run awaits repair.
     *
     * @throws MigrationException naming the failed migrations and how to repair them
     */
    void refuseIfFailed(String operation) {
        List<HistoryEntry> failed = failed();
        if (failed.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(operation).append(" is refused: ");
        for (HistoryEntry entry : failed) {
            message.append(FailedRuns.describe(entry)).append(". ");
        }
        throw new MigrationException(message.append(FailedRuns.REPAIR_ADVICE).toString());
    }

    /** Every migration known or recorded, with its state, in version order. */
    List<MigrationInfo> statuses() {
        return new StatusLines(this).lines();
    }
}
