package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.opentelemetry.QuarryTracing
import dev.quarry.samples.Books
import io.opentelemetry.api.OpenTelemetry
import io.opentelemetry.api.trace.Tracer
import io.opentelemetry.extension.kotlin.asContextElement
import kotlinx.coroutines.withContext

// Tracing with OpenTelemetry from Kotlin. docs/observability.md shows each region between "docs:"
// markers; the samples' tests run them on SQLite with an in-memory exporter.

// docs:tracing-setup-kotlin
/** A database whose transactions and statements are traced by the application's OpenTelemetry. */
fun tracedDatabase(url: String, openTelemetry: OpenTelemetry): Database =
    Database.connect(
        DatabaseConfig.builder(url)
            .name("bookshop")
            .observer(QuarryTracing.create(openTelemetry))
            .build(),
    )
// docs:end

// docs:tracing-coroutines
/**
 * Restocks a book under a span of the application's own. The span travels in the coroutine
 * context, so the transaction's span is its child although the statements run on the database's
 * dispatcher.
 */
suspend fun restock(tracer: Tracer, db: Database, bookId: Long): Long {
    val span = tracer.spanBuilder("restock").startSpan()
    try {
        return withContext(span.asContextElement()) {
            transaction(db) {
                Books.update({ id eq bookId }) { it[inStock] = true }
                Books.select { inStock eq true }.count()
            }
        }
    } finally {
        span.end()
    }
}
// docs:end

/** The number of books, traced like any transaction: as a child of the span current in the caller's context. */
suspend fun countBooks(db: Database): Long = transaction(db) { Books.selectAll().count() }
