package dev.quarry.migrate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A migration known from a location or a code migration, ready to run. Immutable.
 *
 * @param version its version
 * @param description what it does
 * @param kind sql or code
 * @param checksum the checksum to record and validate, or null
 * @param up how to apply it
 * @param down how to revert it, or null if it cannot be reverted
 */
record ResolvedMigration(long version, String description, MigrationKind kind, @Nullable String checksum,
        MigrationAction up, @Nullable MigrationAction down) {

    ResolvedMigration {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(up, "up");
    }

    /** A code migration. */
    static ResolvedMigration of(CodeMigration migration) {
        String source = migration instanceof LambdaMigration ? "code" : migration.getClass().getName();
        boolean transactional = migration.transactional();
        MigrationAction up = new MigrationAction(source, transactional, migration::up);
        MigrationAction down = migration.hasDown() ? new MigrationAction(source, transactional, migration::down) : null;
        return new ResolvedMigration(migration.version(), migration.description(), MigrationKind.CODE,
                migration.checksum(), up, down);
    }

    /** The version and description, for messages: {@code 3 (add orders)}. */
    String label() {
        return version + " (" + description + ")";
    }
}
