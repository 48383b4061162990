package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.NoTransactionException
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/** `asFlow()`: large results streamed a batch at a time, inside their transaction. */
class StreamingSpec : FunSpec({

    suspend fun accounts(db: Database, count: Int) {
        freshAccounts(db)
        transaction(db) {
            Accounts.insertAll((3..count).toList()) { row, n ->
                row[Accounts.id] = n
                row[Accounts.owner] = "owner $n"
                row[Accounts.balance] = n
            }
        }
    }

    onEveryDialect { db ->
        test("asFlow streams every row in order, a batch at a time, on any dispatcher") {
            accounts(db, 3000)
            val ids = transaction(db) {
                withContext(Dispatchers.Default) {
                    Accounts.selectAll().orderBy(Accounts.id).asFlow(fetchSize = 100).map { it[Accounts.id] }.toList()
                }
            }
            ids shouldBe (1..3000).toList()
        }

        test("a flow stopped early closes its cursor, and the transaction goes on") {
            accounts(db, 3000)
            transaction(db) {
                Accounts.selectAll().orderBy(Accounts.id).asFlow(fetchSize = 50).take(3).map { it[Accounts.id] }.toList() shouldBe
                    listOf(1, 2, 3)
                openAccount(5000, "after the flow")
                Accounts.selectAll().count() shouldBe 3001L
            }
        }

        test("other statements run in the transaction while a flow is collected") {
            accounts(db, 300)
            transaction(db) {
                val countsMeanwhile = mutableListOf<Long>()
                var seen = 0
                Accounts.selectAll().orderBy(Accounts.id).asFlow(fetchSize = 10).collect { row ->
                    seen++
                    if (row[Accounts.id] % 100 == 0) countsMeanwhile += Accounts.select { balance gte 200 }.count()
                }
                seen shouldBe 300
                countsMeanwhile shouldBe listOf(101L, 101L, 101L)
            }
        }

        test("cancelling a collecting coroutine closes the cursor and rolls back") {
            accounts(db, 3000)
            val collecting = CompletableDeferred<Unit>()
            val job = launch {
                transaction(db) {
                    openAccount(5000, "rolled back")
                    Accounts.selectAll().orderBy(Accounts.id).asFlow(fetchSize = 10).collect {
                        collecting.complete(Unit)
                        delay(10)
                    }
                }
            }
            collecting.await()
            job.cancelAndJoin()
            transaction(db) { Accounts.selectAll().count() } shouldBe 3000L
        }

        test("collecting a flow outside its transaction fails clearly") {
            accounts(db, 10)
            val escaped = transaction(db) { Accounts.selectAll().asFlow() }
            val failure = shouldThrow<NoTransactionException> { escaped.toList() }
            failure.message shouldContain "asFlow() must run inside transaction { }"
        }
    }
})
