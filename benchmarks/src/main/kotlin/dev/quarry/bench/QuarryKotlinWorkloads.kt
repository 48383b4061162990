package dev.quarry.bench

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Row
import dev.quarry.kotlin.and
import dev.quarry.kotlin.between
import dev.quarry.kotlin.count
import dev.quarry.kotlin.deleteWhere
import dev.quarry.kotlin.dispatcher
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.into
import dev.quarry.kotlin.or
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

/**
 * The workloads through the Kotlin DSL. Each operation is a suspend transaction; the blocking entry
 * points run it from a caller coroutine, as a request handler of a coroutine server would.
 */
class QuarryKotlinWorkloads(private val db: Database) {
    private val orderCount = count()
    private val orderTotal = sum(KOrders.amount)

    suspend fun pointSelect(id: Long, context: CoroutineContext = db.dispatcher): User =
        transaction(db, context = context) { user(KUsers.select { KUsers.id eq id }.single()) }

    suspend fun rangeSelect(fromAge: Int, toAge: Int): List<User> = transaction(db) {
        KUsers.select { age between fromAge..toAge }.orderBy(KUsers.id).toList().map(::user)
    }

    /** W2 decoded by kotlinx.serialization into a data class instead of mapped from rows by hand. */
    suspend fun rangeSelectSerializable(fromAge: Int, toAge: Int): List<SerializableUser> = transaction(db) {
        KUsers.select { age between fromAge..toAge }.orderBy(KUsers.id).into<SerializableUser>().toList()
    }

    suspend fun batchInsert(users: List<User>): Int = transaction(db) {
        KInserted.insertAll(users) { row, user ->
            row[id] = user.id
            row[name] = user.name
            row[age] = user.age
            row[city] = user.city
        }
    }

    suspend fun updateAndDelete(firstAccount: Long): Int = transaction(db) {
        val accounts = firstAccount until firstAccount + BenchData.UPDATED_ACCOUNTS
        KAccounts.update({ id between accounts }) { it[balance] = balance + 1L } +
            KLedger.deleteWhere { accountId between accounts }
    }

    suspend fun joinAggregate(status: String, minOrders: Long): List<CitySpend> = transaction(db) {
        KUsers.select(KUsers.city, orderCount, orderTotal)
            .join(KOrders) { userId eq KUsers.id }
            .where { KOrders.status eq status }
            .groupBy(KUsers.city)
            .having { count() gt minOrders }
            .orderBy(KUsers.city)
            .toList()
            .map { CitySpend(it[KUsers.city], it[orderCount], it[orderTotal] ?: 0L) }
    }

    suspend fun stream(fetchSize: Int): Long = transaction(db) {
        var sum = 0L
        KStreamed.selectAll().asFlow(fetchSize).collect { sum += it[KStreamed.id] + it[KStreamed.label].length + it[KStreamed.amount] }
        sum
    }

    // Blocking entry points for the benchmarks, which JMH calls from its own threads.

    /**
     * W1 as a coroutine server runs it: [count] point selects one after another from a coroutine on
     * [Dispatchers.Default], the ids taken from [nextId]; [onCallerThread] runs the transactions on
     * that coroutine's thread instead of the database's dispatcher.
     */
    @JvmOverloads
    fun pointSelectsFromCoroutine(count: Int, nextId: () -> Long, onCallerThread: Boolean = false): Long =
        runBlocking(Dispatchers.Default) {
            val context = if (onCallerThread) EmptyCoroutineContext else db.dispatcher
            var ages = 0L
            repeat(count) { ages += pointSelect(nextId(), context).age }
            ages
        }

    fun rangeSelectBlocking(fromAge: Int, toAge: Int): List<User> = runBlocking { rangeSelect(fromAge, toAge) }

    fun rangeSelectSerializableBlocking(fromAge: Int, toAge: Int): List<SerializableUser> =
        runBlocking { rangeSelectSerializable(fromAge, toAge) }

    fun batchInsertBlocking(users: List<User>): Int = runBlocking { batchInsert(users) }

    fun updateAndDeleteBlocking(firstAccount: Long): Int = runBlocking { updateAndDelete(firstAccount) }

    fun joinAggregateBlocking(status: String, minOrders: Long): List<CitySpend> =
        runBlocking { joinAggregate(status, minOrders) }

    fun streamBlocking(fetchSize: Int): Long = runBlocking { stream(fetchSize) }

    /**
     * W6: [tasks] coroutines on [Dispatchers.Default], each running [selects] point selects;
     * [onCallerThread] runs the transactions on their threads instead of the database's dispatcher.
     */
    @JvmOverloads
    fun concurrentPointSelects(tasks: Int, selects: Int, ids: LongArray, onCallerThread: Boolean = false): Long =
        runBlocking(Dispatchers.Default) {
            val context = if (onCallerThread) EmptyCoroutineContext else db.dispatcher
            var found = 0L
            val counts = LongArray(tasks)
            (0 until tasks).map { task ->
                launch {
                    for (n in 0 until selects) {
                        counts[task] += pointSelect(ids[(task * selects + n) % ids.size], context).age.toLong()
                    }
                }
            }.forEach { it.join() }
            for (c in counts) found += c
            found
        }

    private fun user(row: Row) = User(row[KUsers.id], row[KUsers.name], row[KUsers.age], row[KUsers.city], row[KUsers.active])

    companion object {
        /** W7: builds the query of two joins and a six-condition filter, and renders it. */
        @JvmStatic
        fun render(dialect: dev.quarry.dialect.Dialect, minAge: Int, city: String): String =
            KUsers.select(KUsers.name, KOrders.amount, KAccounts.balance)
                .join(KOrders) { userId eq KUsers.id }
                .join(KAccounts) { id eq KUsers.id }
                .where {
                    (age gte minAge) and (active eq true) and ((KUsers.city eq city) or (KUsers.city eq "Oslo")) and
                        ((KOrders.amount gt 100) or (KOrders.status eq "paid"))
                }
                .orderBy(KUsers.id)
                .limit(50)
                .toSql(dialect).sql()
    }
}
