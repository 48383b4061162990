package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.includingDeleted
import dev.quarry.kotlin.insertAndGetId
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.withPolicyValue
import dev.quarry.kotlin.withRight
import dev.quarry.kotlin.withoutPolicies
import dev.quarry.policy.ColumnMask
import dev.quarry.policy.PolicyKey
import dev.quarry.policy.RowPolicies
import dev.quarry.policy.SoftDelete
import dev.quarry.policy.TenantPolicy
import dev.quarry.sql.TextFunctions

// Row policies, soft delete and masking in Kotlin. docs/governance.md shows each region between
// "docs:" markers; the samples' tests run them on SQLite.

// docs:policy-setup
/** Projects of many tenants in one table. */
object Projects : Table("tour_projects") {
    val id = long("id").autoIncrement()
    val tenantId = long("tenant_id")
    val name = varchar("name", 64)
    val budgetCode = varchar("budget_code", 16)
    val deletedAt = timestamp("deleted_at").nullable()
    override val primaryKey = primaryKey(id)
}

/** The tenant of the calling coroutine. */
val Tenant: PolicyKey<Long> = PolicyKey.of("tenant", Long::class.javaObjectType)

val projectPolicies: RowPolicies = RowPolicies.builder()
    .policy(TenantPolicy.of(Projects.tenantId, Tenant))
    .policy(SoftDelete.of(Projects.deletedAt))
    .mask(ColumnMask.sql(Projects.budgetCode, "finance") { code -> TextFunctions.lpad(TextFunctions.right(code, 2), 6, "*") })
    .build()

fun openPoliced(url: String): Database = Database.connect(DatabaseConfig.builder(url).policies(projectPolicies).build())
// docs:end

// docs:policy-tenant
/** Every statement in the block reads and writes only the tenant's projects. */
suspend fun startProject(db: Database, tenant: Long, name: String): Long = withPolicyValue(Tenant, tenant) {
    transaction(db) {
        Projects.insertAndGetId { it[Projects.name] = name; it[budgetCode] = "BC-$name" } // tenant_id is set by the policy
    }
}

suspend fun projectNames(db: Database, tenant: Long): List<String> = withPolicyValue(Tenant, tenant) {
    transaction(db) { Projects.selectAll().orderBy(Projects.name).toList().map { it[Projects.name] } }
}
// docs:end

// docs:policy-soft-delete
/** A delete marks the project; it disappears from reads unless they ask for deleted rows. */
suspend fun archive(db: Database, tenant: Long, project: Long): Int = withPolicyValue(Tenant, tenant) {
    transaction(db) { Projects.deleteWhere { id eq project } }
}

suspend fun countWithArchived(db: Database, tenant: Long): Long = withPolicyValue(Tenant, tenant) {
    includingDeleted { transaction(db) { Projects.selectAll().count() } }
}

/** Maintenance across tenants bypasses the policies explicitly; the bypass is logged. */
suspend fun purgeArchived(db: Database): Int = withoutPolicies("nightly purge of archived projects") {
    transaction(db) { Projects.deleteWhere { deletedAt.isNotNull() } }
}
// docs:end

// docs:policy-mask
/** Budget codes as most users see them (`****-x`), and in clear for the finance right. */
suspend fun budgetCodes(db: Database, tenant: Long, finance: Boolean): List<String> = withPolicyValue(Tenant, tenant) {
    val read: suspend () -> List<String> = {
        transaction(db) { Projects.selectAll().orderBy(Projects.id).toList().map { it[Projects.budgetCode] } }
    }
    if (finance) withRight("finance", read) else read()
}
// docs:end

/** Creates the tour's table. */
suspend fun createProjects(db: Database) = transaction(db) { createMissingTables(Projects) }
