package dev.quarry.bench

import javax.sql.DataSource
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.jetbrains.exposed.v1.core.JoinType
import org.jetbrains.exposed.v1.core.QueryBuilder
import org.jetbrains.exposed.v1.core.ResultRow
import org.jetbrains.exposed.v1.core.SortOrder
import org.jetbrains.exposed.v1.core.Table
import org.jetbrains.exposed.v1.core.and
import org.jetbrains.exposed.v1.core.between
import org.jetbrains.exposed.v1.core.count
import org.jetbrains.exposed.v1.core.eq
import org.jetbrains.exposed.v1.core.greater
import org.jetbrains.exposed.v1.core.greaterEq
import org.jetbrains.exposed.v1.core.or
import org.jetbrains.exposed.v1.core.plus
import org.jetbrains.exposed.v1.core.sum
import org.jetbrains.exposed.v1.jdbc.Database
import org.jetbrains.exposed.v1.jdbc.JdbcTransaction
import org.jetbrains.exposed.v1.jdbc.batchInsert
import org.jetbrains.exposed.v1.jdbc.deleteWhere
import org.jetbrains.exposed.v1.jdbc.select
import org.jetbrains.exposed.v1.jdbc.selectAll
import org.jetbrains.exposed.v1.jdbc.transactions.suspendTransaction
import org.jetbrains.exposed.v1.jdbc.transactions.transaction
import org.jetbrains.exposed.v1.jdbc.update

/** The benchmark schema as Exposed tables, the reference peer. */
object EUsers : Table("bench_users") {
    val id = long("id")
    val name = varchar("name", 64)
    val age = integer("age")
    val city = varchar("city", 32)
    val active = bool("active")
    override val primaryKey = PrimaryKey(id)
}

object EOrders : Table("bench_orders") {
    val id = long("id")
    val userId = long("user_id")
    val amount = integer("amount")
    val status = varchar("status", 16)
    override val primaryKey = PrimaryKey(id)
}

object EAccounts : Table("bench_accounts") {
    val id = long("id")
    val balance = long("balance")
    override val primaryKey = PrimaryKey(id)
}

object ELedger : Table("bench_ledger") {
    val id = long("id")
    val accountId = long("account_id")
    val amount = integer("amount")
    override val primaryKey = PrimaryKey(id)
}

object EInserted : Table("bench_inserted") {
    val id = long("id")
    val name = varchar("name", 64)
    val age = integer("age")
    val city = varchar("city", 32)
    override val primaryKey = PrimaryKey(id)
}

object EStreamed : Table("bench_streamed") {
    val id = long("id")
    val label = varchar("label", 32)
    val amount = integer("amount")
    override val primaryKey = PrimaryKey(id)
}

/** The workloads through Exposed's DSL on the same kind of pool, one transaction per operation. */
class ExposedWorkloads(pool: DataSource) {
    private val db = Database.connect(pool)
    private val orderCount = EOrders.id.count()
    private val orderTotal = EOrders.amount.sum()

    fun pointSelect(id: Long): User = transaction(db) { user(EUsers.selectAll().where { EUsers.id eq id }.single()) }

    fun rangeSelect(fromAge: Int, toAge: Int): List<User> = transaction(db) {
        EUsers.selectAll().where { EUsers.age.between(fromAge, toAge) }.orderBy(EUsers.id).map(::user)
    }

    fun batchInsert(users: List<User>): Int = transaction(db) {
        EInserted.batchInsert(users, shouldReturnGeneratedValues = false) { user ->
            this[EInserted.id] = user.id
            this[EInserted.name] = user.name
            this[EInserted.age] = user.age
            this[EInserted.city] = user.city
        }.size
    }

    fun updateAndDelete(firstAccount: Long): Int = transaction(db) {
        val last = firstAccount + BenchData.UPDATED_ACCOUNTS - 1
        EAccounts.update({ EAccounts.id.between(firstAccount, last) }) { it[balance] = balance + 1L } +
            ELedger.deleteWhere { ELedger.accountId.between(firstAccount, last) }
    }

    fun joinAggregate(status: String, minOrders: Long): List<CitySpend> = transaction(db) {
        EUsers.join(EOrders, JoinType.INNER, EUsers.id, EOrders.userId).select(EUsers.city, orderCount, orderTotal)
            .where { EOrders.status eq status }
            .groupBy(EUsers.city)
            .having { orderCount greater minOrders }
            .orderBy(EUsers.city)
            .map { CitySpend(it[EUsers.city], it[orderCount], (it[orderTotal] ?: 0).toLong()) }
    }

    fun stream(fetchSize: Int): Long = transaction(db) {
        var sum = 0L
        EStreamed.selectAll().fetchSize(fetchSize).forEach { sum += it[EStreamed.id] + it[EStreamed.label].length + it[EStreamed.amount] }
        sum
    }

    /** W6: [tasks] coroutines, each running [selects] point selects in suspend transactions. */
    fun concurrentPointSelects(tasks: Int, selects: Int, ids: LongArray): Long = runBlocking(Dispatchers.IO) {
        val counts = LongArray(tasks)
        (0 until tasks).map { task ->
            launch {
                for (n in 0 until selects) {
                    val id = ids[(task * selects + n) % ids.size]
                    counts[task] += suspendTransaction(db) {
                        user(EUsers.selectAll().where { EUsers.id eq id }.single()).age.toLong()
                    }
                }
            }
        }.forEach { it.join() }
        counts.sum()
    }

    /** Opens a transaction for rendering, which Exposed needs to know the dialect. */
    fun <R> inTransaction(block: JdbcTransaction.() -> R): R = transaction(db) { block() }

    private fun user(row: ResultRow) = User(row[EUsers.id], row[EUsers.name], row[EUsers.age], row[EUsers.city], row[EUsers.active])

    companion object {
        /** W7: builds the query of two joins and a six-condition filter, and renders it (inside a transaction). */
        @JvmStatic
        fun render(minAge: Int, city: String): String =
            EUsers.join(EOrders, JoinType.INNER, EUsers.id, EOrders.userId)
                .join(EAccounts, JoinType.INNER, EUsers.id, EAccounts.id)
                .select(EUsers.name, EOrders.amount, EAccounts.balance)
                .where {
                    (EUsers.age greaterEq minAge) and (EUsers.active eq true) and
                        ((EUsers.city eq city) or (EUsers.city eq "Oslo")) and
                        ((EOrders.amount greater 100) or (EOrders.status eq "paid"))
                }
                .orderBy(EUsers.id to SortOrder.ASC)
                .limit(50)
                .prepareSQL(QueryBuilder(true))
    }
}
