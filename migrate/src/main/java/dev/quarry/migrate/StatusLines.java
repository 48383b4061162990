package dev.quarry.migrate;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The lines of {@link Migrator#status()}: each version known or recorded, with its state. */
final class StatusLines {
    private final MigrationLedger ledger;

    StatusLines(MigrationLedger ledger) {
        this.ledger = ledger;
    }

    List<MigrationInfo> lines() {
        TreeSet<Long> versions = new TreeSet<>(ledger.catalog().byVersion().keySet());
        versions.addAll(ledger.history().keySet());
        long baseline = ledger.baselineVersion();
        List<MigrationInfo> lines = new ArrayList<>();
        for (long version : versions) {
            ResolvedMigration known = ledger.catalog().find(version);
            HistoryEntry entry = ledger.history().get(version);
            String description = known != null && (entry == null || entry.kind() != MigrationKind.BASELINE)
                    ? known.description() : entry.description();
            String source = known == null ? null : known.up().source();
            lines.add(new MigrationInfo(version, description, state(known, entry, baseline), source, entry));
        }
        return lines;
    }

    private static MigrationState state(@Nullable ResolvedMigration known, @Nullable HistoryEntry entry,
            long baseline) {
        if (entry == null) {
            boolean belowBaseline = known == null || known.version() <= baseline;
            return belowBaseline ? MigrationState.BELOW_BASELINE : MigrationState.PENDING;
        }
        if (!entry.success()) {
            return MigrationState.FAILED;
        }
        if (entry.kind() == MigrationKind.BASELINE) {
            return MigrationState.BASELINE;
        }
        if (known == null) {
            return MigrationState.MISSING;
        }
        if (entry.checksum() != null && !entry.checksum().equals(known.checksum())) {
            return MigrationState.CHECKSUM_MISMATCH;
        }
        return MigrationState.APPLIED;
    }
}
