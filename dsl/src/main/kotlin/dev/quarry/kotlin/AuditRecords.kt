package dev.quarry.kotlin

import dev.quarry.jdbc.Row
import dev.quarry.jdbc.audit.AuditLog
import dev.quarry.sql.Select
import dev.quarry.sql.Table
import java.time.Instant
import kotlinx.serialization.json.Json
import kotlinx.serialization.json.JsonObject
import kotlinx.serialization.json.jsonObject

/**
 * One row of the audit log ([AuditLog]), its key and images decoded with kotlinx.serialization.
 *
 * @property table the audited table's name
 * @property key the changed row's primary key: `{"id":7}`
 * @property action `INSERT`, `UPDATE` or `DELETE`
 * @property before the row before the change; null for an insert
 * @property after the row after the change; null for a delete
 * @property actor who made the change, or null
 * @property occurredAt when the statement ran
 */
public data class AuditRecord(
    val id: Long,
    val table: String,
    val key: JsonObject,
    val action: String,
    val before: JsonObject?,
    val after: JsonObject?,
    val actor: String?,
    val occurredAt: Instant,
)

/** This row of the audit log as an [AuditRecord]. */
public fun Row.toAuditRecord(): AuditRecord {
    val log = AuditLog.TABLE
    return AuditRecord(
        id = this[log.id],
        table = this[log.tableName],
        key = Json.parseToJsonElement(this[log.rowKey]).jsonObject,
        action = this[log.action],
        before = this[log.beforeImage]?.let { Json.parseToJsonElement(it).jsonObject },
        after = this[log.afterImage]?.let { Json.parseToJsonElement(it).jsonObject },
        actor = this[log.actor],
        occurredAt = this[log.occurredAt],
    )
}

/** The audit records of [table], oldest first, read in the current transaction. */
public suspend fun auditRecords(table: Table): List<AuditRecord> {
    val log = AuditLog.TABLE
    val query = Select.from(log).where(log.tableName.eq(table.tableName())).orderBy(log.id.asc())
    return onTransaction({ "auditRecords" }) { it.fetch(query) }.map { it.toAuditRecord() }
}
