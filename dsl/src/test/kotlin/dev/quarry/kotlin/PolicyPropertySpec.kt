package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.policy.PolicyKey
import dev.quarry.policy.RowPolicies
import dev.quarry.policy.TenantPolicy
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.Functions
import dev.quarry.sql.JoinType
import dev.quarry.sql.Query as TreeQuery
import dev.quarry.sql.Select
import dev.quarry.testkit.TestTargets
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.property.Arb
import io.kotest.property.PropTestConfig
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.checkAll
import kotlin.random.Random

/** Items of three tenants, policed by tenant. */
object PolicyItems : Table("policy_items") {
    val id = long("id")
    val tenant = long("tenant")
    val a = integer("a")
    override val primaryKey = primaryKey(id)
}

/** Notes of three tenants on items, which may be another tenant's or none. */
object PolicyNotes : Table("policy_notes") {
    val id = long("id")
    val tenant = long("tenant")
    val itemId = long("item_id").nullable()
    val b = integer("b")
    override val primaryKey = primaryKey(id)
}

val TENANT: PolicyKey<Long> = PolicyKey.of("tenant", Long::class.javaObjectType)

private data class Item(val id: Long, val tenant: Long, val a: Int)
private data class Note(val id: Long, val tenant: Long, val itemId: Long?, val b: Int)

/** A random filter on one table's integer column: comparisons under AND, OR and NOT. */
private fun randomFilter(random: Random, column: Expression<Int>, depth: Int = 0): Condition = when {
    depth < 2 && random.nextInt(3) == 0 -> Condition.anyOf(listOf(randomFilter(random, column, depth + 1), randomFilter(random, column, depth + 1)))
    depth < 2 && random.nextInt(3) == 0 -> Condition.allOf(listOf(randomFilter(random, column, depth + 1), randomFilter(random, column, depth + 1)))
    depth < 2 && random.nextInt(4) == 0 -> !randomFilter(random, column, depth + 1)
    else -> when (random.nextInt(3)) {
        0 -> column lt random.nextInt(0, 10)
        1 -> column gte random.nextInt(0, 10)
        else -> column neq random.nextInt(0, 10)
    }
}

/**
 * A random statement shape reading both tables: plain, joined (every join type the dialect has),
 * with an IN or EXISTS subquery, a scalar subquery, a CTE, a derived table or a set operation. It
 * selects item ids in the first column and note ids in the second (either may be NULL).
 */
private fun randomShape(random: Random, fullJoin: Boolean): TreeQuery {
    val items = randomFilter(random, PolicyItems.a)
    val notes = randomFilter(random, PolicyNotes.b)
    val onItem = PolicyNotes.itemId eq PolicyItems.id
    fun pairs(): Select = Select.of(PolicyItems.id, PolicyNotes.id)
    return when (random.nextInt(9)) {
        0 -> Select.of(PolicyItems.id, Functions.literal(0L)).fromTable(PolicyItems).where(items)
        1 -> {
            val types = listOf(JoinType.INNER, JoinType.LEFT, JoinType.RIGHT) + if (fullJoin) listOf(JoinType.FULL) else emptyList()
            val type = types.random(random)
            pairs().fromTable(PolicyItems).addJoin(dev.quarry.sql.Join(type, PolicyNotes, onItem)).where(items.or(notes))
        }
        2 -> pairs().fromTable(PolicyNotes).leftJoin(PolicyItems, onItem).where(notes)
        3 -> Select.of(PolicyItems.id, Functions.literal(0L)).fromTable(PolicyItems)
            .where(PolicyItems.id.`in`(Select.of(PolicyNotes.itemId).fromTable(PolicyNotes).where(notes)))
        4 -> Select.of(PolicyItems.id, Functions.literal(0L)).fromTable(PolicyItems)
            .where(Condition.exists(Select.of(PolicyNotes.id).fromTable(PolicyNotes).where(onItem.and(notes))).or(items))
        5 -> {
            val cte = Select.of(PolicyNotes.id, PolicyNotes.itemId).fromTable(PolicyNotes).where(notes).asCte("chosen")
            Select.of(Functions.literal(0L), cte.get(PolicyNotes.id)).fromTable(cte)
        }
        6 -> {
            val derived = Select.of(PolicyItems.id, PolicyItems.a).fromTable(PolicyItems).where(items).asTable("d")
            Select.of(derived.get(PolicyItems.id), PolicyNotes.id).fromTable(derived)
                .crossJoin(PolicyNotes).where(PolicyNotes.b eq derived.get(PolicyItems.a))
        }
        7 -> Select.of(PolicyItems.id, Functions.literal(0L)).fromTable(PolicyItems).where(items)
            .union(Select.of(Functions.literal(0L), PolicyNotes.id).fromTable(PolicyNotes).where(notes))
        else -> Select.of(PolicyItems.id, Select.of(Functions.max(PolicyNotes.id)).fromTable(PolicyNotes).where(notes).asValue<Long>())
            .fromTable(PolicyItems).where(items)
    }
}

/**
 * Random statement shapes and random writes over a data set of three tenants, on every database:
 * no statement returns a row of another tenant or changes one, and a plain filtered read returns
 * exactly the tenant's matching rows.
 */
class PolicyPropertySpec : FunSpec({
    val random = Random(20_261_207)
    val items = (1L..45L).map { Item(it, random.nextLong(1, 4), random.nextInt(0, 10)) }
    val notes = (101L..160L).map { Note(it, random.nextLong(1, 4), if (random.nextInt(5) == 0) null else random.nextLong(1, 46), random.nextInt(0, 10)) }
    val policies = RowPolicies.of(TenantPolicy.of(PolicyItems.tenant, TENANT), TenantPolicy.of(PolicyNotes.tenant, TENANT))
    val databases: List<Database> by lazy {
        TestTargets.enabledFamilies().map { family -> TestDatabases.open(family, "policy-property-$family", 2) { policies(policies) } }
    }
    val owner = (items.map { it.id to it.tenant } + notes.map { it.id to it.tenant }).toMap()

    beforeSpec {
        for (db in databases) {
            transaction(db) {
                withoutPolicies("property test fixture") {
                    dropTables(PolicyNotes, PolicyItems)
                    createTables(PolicyItems, PolicyNotes)
                    PolicyItems.insertAll(items) { row, item -> row[id] = item.id; row[tenant] = item.tenant; row[a] = item.a }
                    PolicyNotes.insertAll(notes) { row, note ->
                        row[id] = note.id; row[tenant] = note.tenant; row[itemId] = note.itemId; row[b] = note.b
                    }
                }
            }
        }
    }

    test("random statement shapes never return another tenant's rows") {
        val shapes = arbitrary { it.random.nextLong(1, 4) to it.random.nextLong() }
        checkAll(120, PropTestConfig(seed = 20_261_207), shapes) { (tenant, seed) ->
            for (db in databases) {
                val shape = randomShape(Random(seed), db.dialect().supportsFullJoin())
                val rows = transaction(db) { withPolicyValue(TENANT, tenant) { queryOf(shape).toList() } }
                val ids = rows.flatMap { row -> listOf(row.get(0), row.get(1)) }.filterNotNull().map { (it as Number).toLong() }
                    .filter { it != 0L }
                val policed = policies.apply(shape, dev.quarry.policy.PolicyContext.of(TENANT, tenant))
                withClue("${db.dialect().name()}, tenant $tenant: ${policed.toSql(db.dialect())}") {
                    ids.filter { owner.getValue(it) != tenant } shouldBe emptyList()
                }
            }
        }
    }

    test("a filtered read returns exactly the tenant's matching rows") {
        checkAll(60, PropTestConfig(seed = 7), arbitrary { it.random.nextLong(1, 4) to it.random.nextLong() }) { (tenant, seed) ->
            val threshold = Random(seed).nextInt(0, 10)
            val expected = items.filter { it.tenant == tenant && it.a < threshold }.map { it.id }
            for (db in databases) {
                val actual = transaction(db) {
                    withPolicyValue(TENANT, tenant) {
                        PolicyItems.select(PolicyItems.id).where { a lt threshold }.orderBy(PolicyItems.id).toList().map { it[PolicyItems.id] }
                    }
                }
                withClue(db.dialect().name()) { actual shouldBe expected }
            }
        }
    }

    test("random updates and deletes never change another tenant's rows") {
        checkAll(40, PropTestConfig(seed = 11), arbitrary { it.random.nextLong(1, 4) to it.random.nextLong() }) { (tenant, seed) ->
            val shapeRandom = Random(seed)
            val itemFilter = randomFilter(shapeRandom, PolicyItems.a)
            val noteFilter = randomFilter(shapeRandom, PolicyNotes.b)
            for (db in databases) {
                transaction(db) {
                    withPolicyValue(TENANT, tenant) {
                        PolicyItems.update({ itemFilter.and(PolicyItems.id.`in`(Select.of(PolicyNotes.itemId).fromTable(PolicyNotes).where(noteFilter))) }) {
                            it[a] = a + 100
                        }
                        PolicyNotes.deleteWhere { noteFilter }
                        PolicyNotes.insert { it[id] = 999L; it[itemId] = null; it[b] = 1 }
                    }
                    val (changedItems, remainingNotes) = withoutPolicies("property check") {
                        PolicyItems.select(PolicyItems.id, PolicyItems.a).toList().filter { it[PolicyItems.a] >= 100 }.map { it[PolicyItems.id] } to
                            PolicyNotes.select(PolicyNotes.id, PolicyNotes.tenant).toList().associate { it[PolicyNotes.id] to it[PolicyNotes.tenant] }
                    }
                    withClue("${db.dialect().name()}, tenant $tenant") {
                        changedItems.filter { owner.getValue(it) != tenant } shouldBe emptyList()
                        notes.filter { it.tenant != tenant && it.id !in remainingNotes } shouldBe emptyList()
                        remainingNotes[999L] shouldBe tenant
                    }
                    setRollbackOnly()
                }
            }
        }
    }
})

private fun queryOf(statement: TreeQuery): RowQuery = when (statement) {
    is Select -> Query(NoTable, statement)
    is dev.quarry.sql.SetQuery -> CombinedQuery(statement)
}
