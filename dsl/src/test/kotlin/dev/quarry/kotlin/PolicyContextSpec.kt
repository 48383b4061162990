package dev.quarry.kotlin

import dev.quarry.policy.ColumnMask
import dev.quarry.policy.PolicyContextMissingException
import dev.quarry.policy.RowPolicies
import dev.quarry.policy.SoftDelete
import dev.quarry.policy.TenantPolicy
import dev.quarry.sql.TextFunctions
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.time.Instant
import kotlinx.coroutines.async
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList

/** Documents of two tenants, soft-deleted, with a masked owner. */
object PolicyDocuments : Table("policy_documents") {
    val id = long("id")
    val tenant = long("tenant")
    val title = varchar("title", 32)
    val owner = varchar("owner", 32)
    val deletedAt = timestamp("deleted_at").nullable()
    override val primaryKey = primaryKey(id)
}

/** The policy context in the coroutine context: how it is set, inherited, bypassed and what it hides. */
class PolicyContextSpec : FunSpec({
    val policies = RowPolicies.builder()
        .policy(TenantPolicy.of(PolicyDocuments.tenant, TENANT))
        .policy(SoftDelete.of(PolicyDocuments.deletedAt))
        .mask(ColumnMask.sql(PolicyDocuments.owner, "see-owners") { TextFunctions.left(it, 1) })
        .build()

    onEveryDialect { shared ->
        val db = TestDatabases.openLike(shared, "policy-context-${shared.name()}", 2) { policies(policies) }

        suspend fun fresh() = transaction(db) {
            withoutPolicies("fixture") {
                dropTables(PolicyDocuments)
                createTables(PolicyDocuments)
                listOf(Triple(1L, 1L, "plan"), Triple(2L, 1L, "memo"), Triple(3L, 2L, "budget")).forEach { (key, owner, name) ->
                    PolicyDocuments.insert { it[id] = key; it[tenant] = owner; it[title] = name; it[this.owner] = "ada" }
                }
            }
        }

        test("statements run with the tenant of the calling coroutine, and fail without one") {
            fresh()
            val failure = shouldThrow<PolicyContextMissingException> {
                transaction(db) { PolicyDocuments.selectAll().toList() }
            }
            failure.message shouldContain "policy context value 'tenant'"
            transaction(db) {
                withPolicyValue(TENANT, 1L) {
                    PolicyDocuments.select(PolicyDocuments.id).orderBy(PolicyDocuments.id).toList().map { it[PolicyDocuments.id] } shouldBe listOf(1L, 2L)
                    val children = coroutineScope {
                        listOf(async { PolicyDocuments.selectAll().count() }, async { withPolicyValue(TENANT, 2L) { PolicyDocuments.selectAll().count() } })
                    }
                    children.map { it.await() } shouldBe listOf(2L, 1L)
                    PolicyDocuments.selectAll().asFlow(1).map { it[PolicyDocuments.title] }.toList().sorted() shouldBe listOf("memo", "plan")
                }
            }
        }

        test("soft delete hides deleted rows unless asked, and only a bypass deletes for good") {
            fresh()
            transaction(db) {
                withPolicyValue(TENANT, 1L) {
                    PolicyDocuments.deleteWhere { id eq 1L } shouldBe 1
                    PolicyDocuments.selectAll().count() shouldBe 1L
                    includingDeleted {
                        PolicyDocuments.select { id eq 1L }.single()[PolicyDocuments.deletedAt].let { it != null && it <= Instant.now().plusSeconds(5) } shouldBe true
                    }
                }
                withoutPolicies("purge") { PolicyDocuments.deleteWhere { deletedAt.isNotNull() } } shouldBe 1
                withoutPolicies("check") { PolicyDocuments.selectAll().count() } shouldBe 2L
            }
        }

        test("a SQL-side mask shows the first letter unless the context has the right") {
            fresh()
            transaction(db) {
                withPolicyValue(TENANT, 2L) {
                    PolicyDocuments.selectAll().single()[PolicyDocuments.owner] shouldBe "a"
                    withRight("see-owners") { PolicyDocuments.selectAll().single()[PolicyDocuments.owner] shouldBe "ada" }
                }
            }
        }
    }
})
