package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.ExecutedStatement
import dev.quarry.jdbc.observation.DatabaseObserver
import dev.quarry.jdbc.observation.TransactionEnd
import dev.quarry.jdbc.observation.TransactionObserver
import dev.quarry.jdbc.observation.TransactionOutcome
import dev.quarry.jdbc.observation.TransactionStart
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.render.StatementFingerprint
import dev.quarry.samples.Books
import java.math.BigDecimal
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicLong
import java.util.concurrent.atomic.LongAdder

// Observability in Kotlin: the SQL log's settings, an observer of one's own, fingerprints and query
// plans. docs/observability.md shows each region between "docs:" markers; the samples' tests run
// them on SQLite.

// docs:slow-log
/** A database whose statements of 250 ms or more are logged at WARN on `dev.quarry.sql.slow`. */
fun connectWithSlowLog(url: String): Database = Database.connect(
    DatabaseConfig.builder(url)
        .name("shop")
        .slowStatementThreshold(Duration.ofMillis(250))
        .build(),
)
// docs:end

// docs:observer
/** Counts statements by fingerprint name, and transactions that did not commit. */
class StatementCounter : DatabaseObserver {
    val statements = ConcurrentHashMap<String, LongAdder>()
    val notCommitted = AtomicLong()

    override fun transactionStarted(start: TransactionStart): TransactionObserver = object : TransactionObserver {
        override fun statementExecuted(statement: ExecutedStatement) {
            statements.computeIfAbsent(statement.fingerprint().name()) { LongAdder() }.increment()
        }

        override fun transactionEnded(end: TransactionEnd) {
            if (end.outcome() != TransactionOutcome.COMMITTED) notCommitted.incrementAndGet()
        }
    }
}

fun connectCounted(url: String, counter: StatementCounter): Database =
    Database.connect(DatabaseConfig.builder(url).observer(counter).build())
// docs:end

// docs:fingerprint
/** `select books` for any select whose FROM is books, whatever its values. */
fun fingerprintName(sql: String): String = StatementFingerprint.of(sql).name()
// docs:end

// docs:explain
/** How the database finds the cheap books, one line of its plan per element. */
suspend fun planOfCheapBooks(db: Database): List<String> = transaction(db) {
    Books.select { price lt BigDecimal("10.00") }.explain()
}
// docs:end
