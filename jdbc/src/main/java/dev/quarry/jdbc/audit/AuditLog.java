package dev.quarry.jdbc.audit;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The audit table {@code quarry_audit}: one row per row an audited table's insert, update or delete
 * changed, written in the same transaction as the change, so a rollback leaves none. Created with
 * the audited tables ({@code createMissingTables}, {@code Transaction.createTableIfNotExists}) and by
 * migrations that declare an audited table.
 *
 * <p>Images are JSON objects of the row's columns by name, in declaration order: numbers as JSON
 * numbers, booleans as JSON booleans, text, dates, times, UUIDs and enums as strings (ISO-8601 for
 * temporal values), bytes as Base64 strings, NULL as null; a sensitive column's value is the string
 * {@code "***"}. The key is the JSON object of the primary key's columns. The same shape comes from
 * Java and from Kotlin. Query it like any table: {@code tx.selectFrom(AuditLog.TABLE)}.
 */
public final class AuditLog extends Table {
    /** The audit table. */
    public static final AuditLog TABLE = new AuditLog();

    /** The entry's number, increasing in the order entries were written. */
    public final Column<Long> id = bigint("id").autoIncrement();
    /** The audited table's name. */
    public final Column<String> tableName = varchar("table_name", 128);
    /** The changed row's primary key as a JSON object: {@code {"id":7}}. */
    public final Column<String> rowKey = varchar("row_key", 512);
    /** {@code INSERT}, {@code UPDATE} or {@code DELETE}. */
    public final Column<String> action = varchar("action", 8);
    /** The row before the change as a JSON object; null for an insert. */
    public final Column<@Nullable String> beforeImage = text("before_image").nullable();
    /** The row after the change as a JSON object; null for a delete. */
    public final Column<@Nullable String> afterImage = text("after_image").nullable();
    /** Who made the change, from the transaction's context; null when none was given. */
    public final Column<@Nullable String> actor = varchar("actor", 128).nullable();
    /** When the statement that made the change ran. */
    public final Column<Instant> occurredAt = timestamp("occurred_at");

    private AuditLog() {
        super("quarry_audit");
        index("ix_quarry_audit_row", tableName, rowKey);
    }
}
