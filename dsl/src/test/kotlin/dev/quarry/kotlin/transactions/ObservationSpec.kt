package dev.quarry.kotlin.transactions

import dev.quarry.UnsupportedFeatureException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.jdbc.Propagation
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.TransactionTimeoutException
import dev.quarry.jdbc.UniqueViolationException
import dev.quarry.jdbc.observation.DatabaseObserver
import dev.quarry.jdbc.observation.FailedAttempt
import dev.quarry.jdbc.observation.SavepointAction
import dev.quarry.jdbc.observation.TransactionEnd
import dev.quarry.jdbc.observation.TransactionObserver
import dev.quarry.jdbc.observation.TransactionStart
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.onEveryDialect
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.render.StatementFingerprint
import dev.quarry.sql.IsolationLevel
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.atomic.AtomicInteger
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.asContextElement
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout

/** The table the observation suite writes: apple (1, 3) and pear (2, 5) to start with. */
private object ObservedItems : Table("obs_items_kt") {
    val id = integer("id")
    val name = varchar("name", 32)
    val quantity = integer("quantity")
    override val primaryKey = primaryKey(id)
}

private suspend fun addItem(id: Int, name: String, quantity: Int = 1) {
    ObservedItems.insert { it[ObservedItems.id] = id; it[ObservedItems.name] = name; it[ObservedItems.quantity] = quantity }
}

/** Writes down each transaction's events, and what a thread-local of the caller held as each started. */
private class Recorder : DatabaseObserver {
    val callerMarker = ThreadLocal<String>()
    val transactions = CopyOnWriteArrayList<Pair<String?, MutableList<String>>>()

    override fun transactionStarted(start: TransactionStart): TransactionObserver {
        val events = CopyOnWriteArrayList<String>()
        transactions.add(callerMarker.get() to events)
        return object : TransactionObserver {
            override fun connectionAcquired(attempt: Int, waitNanos: Long) { events.add("connection $attempt") }
            override fun statementExecuted(statement: ExecutedStatement) {
                events.add("statement ${statement.fingerprint().name()} " + if (statement.failure() == null) statement.rows() else "failed")
            }
            override fun savepoint(action: SavepointAction) { events.add("savepoint $action") }
            override fun attemptFailed(attempt: FailedAttempt) { events.add("attempt ${attempt.attempt()} failed") }
            override fun transactionEnded(end: TransactionEnd) {
                events.add("ended ${end.outcome()} ${end.attempts()}" + (end.failure()?.let { " ${it.javaClass.simpleName}" } ?: ""))
            }
        }
    }

    fun only(): List<String> = transactions.single().second.toList()

    suspend fun lastEnded(): List<String> = withTimeout(10.seconds) {
        while (transactions.lastOrNull()?.second?.any { it.startsWith("ended ") } != true) delay(10)
        transactions.last().second.toList()
    }
}

/** What a [DatabaseObserver] is told about `transaction { }` and its suspend queries, on every database. */
class ObservationSpec : FunSpec({
    onEveryDialect { shared ->
        val recorder = Recorder()
        val db: Database = TestDatabases.openLike(shared, "kotlin-events-${shared.name()}", poolSize = 2) {
            observer(recorder)
            if (shared.dialect().name() == "mariadb") property("sessionVariables", "innodb_snapshot_isolation=ON")
        }

        suspend fun fresh() {
            transaction(db) {
                dropTables(ObservedItems)
                createTables(ObservedItems)
                addItem(1, "apple", 3)
                addItem(2, "pear", 5)
            }
            recorder.transactions.clear()
        }

        test("a committed transaction reports its connection, statements and end; it starts in the caller's context") {
            fresh()
            withContext(recorder.callerMarker.asContextElement("the caller")) {
                transaction(db) {
                    addItem(3, "plum")
                    ObservedItems.select { quantity gt 1 }.toList()
                    ObservedItems.update({ id eq 3 }) { it[quantity] = 9 }
                }
            }
            recorder.transactions.single().first shouldBe "the caller"
            recorder.only() shouldBe listOf("connection 1", "statement insert obs_items_kt 1", "statement select obs_items_kt 2",
                "statement update obs_items_kt 1", "ended COMMITTED 1")
        }

        test("a failed block ends rolled back with its failure; a failing nested block shows as savepoints") {
            fresh()
            shouldThrow<ExpectedFailure> {
                transaction(db) {
                    addItem(3, "plum")
                    throw ExpectedFailure("the block fails")
                }
            }
            recorder.only() shouldBe listOf("connection 1", "statement insert obs_items_kt 1", "ended ROLLED_BACK 1 ExpectedFailure")

            recorder.transactions.clear()
            transaction(db) {
                transaction(db) { addItem(3, "plum") }
                shouldThrow<UniqueViolationException> {
                    transaction(db, TransactionOptions.DEFAULT.propagation(Propagation.NESTED)) { addItem(1, "again") }
                }
            }
            recorder.only() shouldBe listOf("connection 1", "statement insert obs_items_kt 1", "savepoint SET",
                "statement insert obs_items_kt failed", "savepoint ROLLED_BACK", "ended COMMITTED 1")
        }

        test("a retried transaction is one transaction of two attempts") {
            fresh()
            val attempts = AtomicInteger()
            val retrying = TransactionOptions.DEFAULT.isolation(IsolationLevel.REPEATABLE_READ)
                .retry(RetryPolicy.onTransientFailure(3, Duration.ofMillis(5), Duration.ofMillis(50)))
            transaction(db, retrying) {
                val seen = ObservedItems.select { id eq 1 }.single()[ObservedItems.quantity]
                if (attempts.incrementAndGet() == 1) {
                    transaction(db, TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW)) {
                        ObservedItems.update({ id eq 1 }) { it[quantity] = quantity + 50 }
                    }
                }
                ObservedItems.update({ id eq 1 }) { it[quantity] = seen + 10 }
            }
            attempts.get() shouldBe 2
            val begin = db.dialect().transactionStart(IsolationLevel.REPEATABLE_READ, false)
                .map { "statement ${StatementFingerprint.of(it).name()} 0" }
            val retried = recorder.transactions.first().second.toList()
            val failed = retried.indexOf("attempt 1 failed")
            retried.subList(0, failed).first() shouldBe "connection 1"
            retried.subList(failed + 1, retried.size) shouldBe listOf("connection 2") + begin +
                listOf("statement select obs_items_kt 1", "statement update obs_items_kt 1", "ended COMMITTED 2")
        }

        test("a transaction past its timeout ends timed out") {
            fresh()
            shouldThrow<TransactionTimeoutException> {
                transaction(db, TransactionOptions.DEFAULT.timeout(Duration.ofMillis(400))) {
                    addItem(3, "plum")
                    exec(slowStatement(db))
                }
            }
            recorder.only().last() shouldBe "ended TIMED_OUT 1 TransactionTimeoutException"
        }

        test("a cancelled coroutine ends its transaction cancelled") {
            fresh()
            coroutineScope {
                val running = CompletableDeferred<Unit>()
                val job = launch {
                    transaction(db) {
                        addItem(3, "plum")
                        running.complete(Unit)
                        exec(slowStatement(db))
                    }
                }
                running.await()
                delay(300)
                withTimeout(30.seconds) { job.cancelAndJoin() }
            }
            val events = recorder.lastEnded()
            events.take(2) shouldBe listOf("connection 1", "statement insert obs_items_kt 1")
            events.last() shouldContain "ended CANCELLED 1"
        }

        test("explain() returns the plan of a query, and analyze where the database has it") {
            fresh()
            val plan = transaction(db) { ObservedItems.select { name eq "pear" }.explain() }
            plan.shouldNotBeEmpty()
            plan.any { "obs_items_kt" in it } shouldBe true
            when (db.dialect().name()) {
                "sqlite" -> shouldThrow<UnsupportedFeatureException> {
                    transaction(db) { ObservedItems.selectAll().explain(analyze = true) }
                }.message shouldContain "EXPLAIN ANALYZE is not supported on sqlite"
                else -> transaction(db) { ObservedItems.selectAll().explain(analyze = true) }
                    .any { "obs_items_kt" in it } shouldBe true
            }
        }
    }
})
