package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.CommitOutcomeUnknownException
import dev.quarry.jdbc.DataAccessException
import dev.quarry.jdbc.StatementTimeoutException
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.TransactionTimeoutException
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.dispatcher
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.kotest.matchers.string.shouldContain
import java.time.Duration
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withTimeout

/** Cancellation, statement and transaction timeouts, read-only transactions and refused commits. */
class CancellationSpec : FunSpec({

    onEveryDialect { db ->
        /** Cancels a transaction in its slow statement; [launchIn] is where it runs, [context] what it is given. */
        suspend fun CoroutineScope.cancelsOnTheServer(launchIn: CoroutineContext, context: CoroutineContext) {
            freshAccounts(db)
            val running = CompletableDeferred<Unit>()
            val job = launch(launchIn) {
                transaction(db, context = context) {
                    openAccount(3, "alan")
                    running.complete(Unit)
                    exec(slowStatement(db))
                }
            }
            running.await()
            delay(300)
            // The statement would run for a minute: the job ends before that only if the server cancelled it.
            withTimeout(30.seconds) { job.cancelAndJoin() }
            job.isCancelled shouldBe true
            owners(db) shouldBe listOf("ada", "grace")
            db.internals().awaitIdle(Duration.ofSeconds(10)) shouldBe true
        }

        test("cancelling the coroutine cancels its statement on the server, rolls back and returns the connection") {
            cancelsOnTheServer(EmptyCoroutineContext, db.dispatcher)
        }

        test("a transaction on the caller's thread is cancelled on the server too") {
            // The statement blocks the thread the job runs on, so the cancellation comes from another.
            cancelsOnTheServer(Dispatchers.IO, EmptyCoroutineContext)
        }

        test("a transaction that stays on Dispatchers.IO by default is cancelled on the server too") {
            cancelsOnTheServer(Dispatchers.IO, db.dispatcher)
        }

        test("a statement timeout cancels the slow statement and rolls the transaction back") {
            freshAccounts(db)
            val failure = shouldThrow<StatementTimeoutException> {
                transaction(db, TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(300))) {
                    openAccount(3, "alan")
                    Accounts.selectAll().count() shouldBe 3L
                    exec(slowStatement(db))
                }
            }
            failure.message shouldContain "300 ms statement timeout"
            failure.sql() shouldBe slowStatement(db)
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("a statement timeout caught in the block still rolls the transaction back: nothing after it runs or commits") {
            freshAccounts(db)
            val refused = shouldThrow<StatementTimeoutException> {
                transaction(db, TransactionOptions.DEFAULT.statementTimeout(Duration.ofMillis(200))) {
                    openAccount(3, "alan")
                    shouldThrow<StatementTimeoutException> { exec(slowStatement(db)) }
                    openAccount(4, "edsger")
                }
            }
            refused.message shouldContain "can only roll back"
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("a transaction timeout rolls back a transaction that runs too long, in a statement or between them") {
            freshAccounts(db)
            val options = TransactionOptions.DEFAULT.timeout(Duration.ofMillis(500))
            val inStatement = shouldThrow<TransactionTimeoutException> {
                transaction(db, options) {
                    openAccount(3, "alan")
                    exec(slowStatement(db))
                }
            }
            inStatement.message shouldContain "500 ms timeout"
            shouldThrow<TransactionTimeoutException> {
                transaction(db, options) {
                    openAccount(4, "edsger")
                    delay(5_000)
                    openAccount(5, "barbara")
                }
            }
            owners(db) shouldBe listOf("ada", "grace")
        }

        test("a read-only transaction reads but rejects a write, and leaves the connection writable") {
            freshAccounts(db)
            val single = TestDatabases.openLike(db, "read-only-test-${db.dialect().name()}", poolSize = 1)
            val rejected = shouldThrow<DataAccessException> {
                transaction(single, TransactionOptions.DEFAULT.readOnly()) {
                    Accounts.selectAll().count() shouldBe 2L
                    openAccount(3, "alan")
                }
            }
            rejected.sql() shouldContain "tx_accounts"
            transaction(single) { openAccount(4, "edsger") }
            owners(db) shouldBe listOf("ada", "grace", "edsger")
            single.close()
        }

        test("a commit the database refuses is reported as a failure, and nothing is saved") {
            freshAccounts(db)
            val refusal = refusedCommit(db.dialect().name())
            transaction(db) { refusal.setUp.forEach { exec(it) } }
            val failure = shouldThrow<DataAccessException> {
                transaction(db) {
                    openAccount(3, "alan")
                    refusal.work.forEach { runCatching { exec(it) } }
                }
            }
            if (refusal.connectionLost) {
                // MariaDB has no deferred constraints: its commit fails only on a lost connection,
                // and then nobody can say whether it was saved.
                failure.shouldBeInstanceOf<CommitOutcomeUnknownException>()
                failure.message shouldContain "may or may not have been saved"
            } else {
                failure.message shouldContain "commit failed"
                failure.message shouldContain "not saved"
            }
            owners(db) shouldBe listOf("ada", "grace")
        }
    }
})

/** SQL that sets up and runs work whose commit fails: refused by the database, or on a connection it ended. */
private class RefusedCommit(val setUp: List<String>, val work: List<String>, val connectionLost: Boolean = false)

private fun refusedCommit(dialect: String): RefusedCommit = when (dialect) {
    // A deferred constraint is checked at commit.
    "postgresql" -> RefusedCommit(
        listOf(
            "DROP TABLE IF EXISTS tx_deferred",
            "CREATE TABLE tx_deferred (id INT, CONSTRAINT tx_deferred_id UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)",
        ),
        listOf("INSERT INTO tx_deferred VALUES (1)", "INSERT INTO tx_deferred VALUES (1)"),
    )
    "sqlite" -> RefusedCommit(
        listOf(
            "DROP TABLE IF EXISTS tx_child",
            "DROP TABLE IF EXISTS tx_parent",
            "CREATE TABLE tx_parent (id INTEGER PRIMARY KEY)",
            "CREATE TABLE tx_child (parent INTEGER REFERENCES tx_parent (id) DEFERRABLE INITIALLY DEFERRED)",
        ),
        listOf("INSERT INTO tx_child VALUES (42)"),
    )
    // MariaDB has no deferred constraints: the connection dies before the commit.
    else -> RefusedCommit(emptyList(), listOf("KILL CONNECTION_ID()"), connectionLost = true)
}
