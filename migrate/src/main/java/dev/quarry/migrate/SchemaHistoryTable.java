package dev.quarry.migrate;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import org.jspecify.annotations.Nullable;

/**
 * The history table: one row per applied (or failed) migration and for a baseline, keyed by
 * version. Created by the engine's DDL for the dialect. {@code installed_at} is ISO-8601 UTC text
 * ({@code 2024-05-01T09:30:00.000Z}) so that all databases store and return it alike.
 *
 * <p>Immutable once constructed, like every table object; thread-safe.
 */
final class SchemaHistoryTable extends Table {
    static final String DEFAULT_NAME = "quarry_schema_history";
    static final int DESCRIPTION_LENGTH = 200;
    static final int INSTALLED_BY_LENGTH = 100;

    final Column<Long> version = bigint("version");
    final Column<String> description = varchar("description", DESCRIPTION_LENGTH);
    final Column<String> kind = varchar("kind", 16);
    final Column<@Nullable String> checksum = varchar("checksum", 64).nullable();
    final Column<String> installedBy = varchar("installed_by", INSTALLED_BY_LENGTH);
    final Column<String> installedAt = varchar("installed_at", 32);
    final Column<Long> executionMs = bigint("execution_ms");
    final Column<Boolean> success = bool("success");
    final Column<@Nullable String> failureMessage = text("failure_message").nullable();

    SchemaHistoryTable(String name) {
        super(name);
        primaryKey(version);
    }
}
