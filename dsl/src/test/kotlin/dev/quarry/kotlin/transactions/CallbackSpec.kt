package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.DataAccessException
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.kotlin.NoTransactionException
import dev.quarry.kotlin.afterCommit
import dev.quarry.kotlin.afterRollback
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.sql.SQLException
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.async
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.yield

/** Suspending after-commit and after-rollback callbacks of coroutine transactions. */
class CallbackSpec : FunSpec({
    val retrying = TransactionOptions.DEFAULT
        .retry(RetryPolicy.onTransientFailure(3, Duration.ofMillis(1), Duration.ofMillis(5)))
    val nested = TransactionOptions.DEFAULT.propagation(Propagation.NESTED)

    onEveryDialect { db ->
        test("afterCommit runs a suspending callback once, after the commit and outside the transaction") {
            freshAccounts(db)
            val calls = CopyOnWriteArrayList<String>()
            transaction(db) {
                afterCommit {
                    delay(1)
                    val owners = transaction(db) { Accounts.selectAll().count() }
                    calls.add("committed, $owners accounts")
                }
                afterRollback { calls.add("rolled back") }
                openAccount(3, "alan")
                calls shouldBe emptyList()
            }
            calls shouldBe listOf("committed, 3 accounts")
        }

        test("afterRollback runs when the block fails; afterCommit does not") {
            freshAccounts(db)
            val calls = CopyOnWriteArrayList<String>()
            shouldThrow<ExpectedFailure> {
                transaction(db) {
                    afterCommit { calls.add("committed") }
                    afterRollback { calls.add("rolled back") }
                    throw ExpectedFailure("the block fails")
                }
            }
            calls shouldBe listOf("rolled back")
        }

        test("a nested block that rolls back discards its callbacks; a joined block registers on the outer one") {
            freshAccounts(db)
            val calls = CopyOnWriteArrayList<String>()
            transaction(db) {
                afterCommit { calls.add("outer") }
                shouldThrow<ExpectedFailure> {
                    transaction(db, nested) {
                        afterCommit { calls.add("discarded") }
                        throw ExpectedFailure("the nested block fails")
                    }
                }
                transaction(db, nested) { afterCommit { calls.add("released nested") } }
                transaction(db) { afterCommit { calls.add("joined") } }
            }
            calls shouldBe listOf("outer", "released nested", "joined")
        }

        test("the callbacks of a retried attempt never run") {
            freshAccounts(db)
            val calls = CopyOnWriteArrayList<String>()
            val attempts = AtomicInteger()
            transaction(db, retrying) {
                val attempt = attempts.incrementAndGet()
                afterCommit { calls.add("commit of attempt $attempt") }
                afterRollback { calls.add("rollback of attempt $attempt") }
                if (attempt == 1) {
                    throw DataAccessException("conflict", null, transientConflict(db.dialect().name()))
                }
            }
            attempts.get() shouldBe 2
            calls shouldBe listOf("commit of attempt 2")
        }

        test("after-commit callbacks run even when the caller is cancelled after the commit") {
            freshAccounts(db)
            val calls = CopyOnWriteArrayList<String>()
            val callbackStarted = CompletableDeferred<Unit>()
            coroutineScope {
                val running = async {
                    transaction(db) {
                        afterCommit {
                            callbackStarted.complete(Unit)
                            delay(50)
                            calls.add("finished")
                        }
                    }
                }
                callbackStarted.await()
                yield()
                running.cancelAndJoin()
            }
            calls shouldBe listOf("finished")
        }

        test("a failing callback does not undo the commit and the others still run") {
            freshAccounts(db)
            val calls = CopyOnWriteArrayList<String>()
            transaction(db) {
                openAccount(3, "alan")
                afterCommit { throw IllegalStateException("the broker is down") }
                afterCommit { calls.add("second") }
            }
            calls shouldBe listOf("second")
            owners(db) shouldBe listOf("ada", "grace", "alan")
        }

        test("outside a transaction there is nothing to register on") {
            shouldThrow<NoTransactionException> { afterCommit { } }
        }
    }
})

/** The driver error each database reports for a conflict that a retry may resolve. */
private fun transientConflict(dialect: String): SQLException = when (dialect) {
    "postgresql" -> SQLException("could not serialize access", "40001")
    "sqlite" -> SQLException("database is locked", null, 5)
    else -> SQLException("Deadlock found when trying to get lock", "40001", 1213)
}
