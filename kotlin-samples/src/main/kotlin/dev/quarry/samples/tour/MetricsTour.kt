package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.micrometer.QuarryMetrics
import dev.quarry.samples.Books
import io.micrometer.core.instrument.MeterRegistry
import java.util.concurrent.TimeUnit

// Metrics with Micrometer. docs/observability.md shows each region between "docs:" markers; the
// samples' tests run them on SQLite.

// docs:metrics-attach
/** A database whose statements, transactions and connection pool are measured in the registry. */
fun meteredDatabase(url: String, registry: MeterRegistry): Database =
    Database.connect(QuarryMetrics.configure(DatabaseConfig.builder(url).name("shop"), registry).build())
// docs:end

// docs:metrics-read
/** How often a statement ran and its mean time, as a dashboard reads them: `select books: 3 × 0.2 ms`. */
fun statementSummary(registry: MeterRegistry, statement: String): String {
    val timers = registry.find(QuarryMetrics.STATEMENT).tags("db", "shop", "statement", statement).timers()
    val count = timers.sumOf { it.count() }
    val millis = timers.sumOf { it.totalTime(TimeUnit.MILLISECONDS) }
    return "$statement: $count × ${"%.1f".format(if (count == 0L) 0.0 else millis / count)} ms"
}
// docs:end

/** A title read in a transaction of the database the metrics watch. */
suspend fun titleOf(db: Database, bookId: Long): String = transaction(db) {
    Books.select { id eq bookId }.single()[Books.title]
}
