package dev.quarry.opentelemetry

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dispatcher
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.minus
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.opentelemetry.api.common.AttributeKey
import io.opentelemetry.api.trace.SpanKind
import io.opentelemetry.context.Context
import io.opentelemetry.extension.kotlin.asContextElement
import io.opentelemetry.sdk.trace.data.SpanData
import kotlin.coroutines.ContinuationInterceptor
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.currentCoroutineContext
import kotlinx.coroutines.withContext

/** The table the coroutine tracing tests write. */
object Stock : Table("otel_stock") {
    val id = integer("id")
    val label = varchar("label", 64)
    val count = integer("count")
    override val primaryKey = primaryKey(id)
}

/**
 * The Kotlin DSL's `transaction { }` is traced under the span of the calling coroutine, carried in
 * its coroutine context, although its statements run on the database's dispatcher.
 */
class CoroutineTracingSpec : FunSpec({
    for (family in TestTargets.enabledFamilies()) {
        context(family) {
            val target = TestTargets.get(family)
            val db: Database = Database.connect(
                QuarryTracing.configure(DatabaseConfig.builder(target.jdbcUrl()).name("otel-kotlin-$family").poolSize(4), Tracing.OPEN_TELEMETRY)
                    .build(),
            ).also { TestTargets.closeAtEnd(it) }

            test("a transaction called from Dispatchers.Default is one span under the caller's, with a child span per statement") {
                transaction(db) {
                    dropTables(Stock)
                    createTables(Stock)
                    Stock.insert { it[id] = 1; it[label] = "first"; it[count] = 10 }
                }
                val parent = Tracing.parentSpan("handle request")
                var statementDispatcher: ContinuationInterceptor? = null
                withContext(Dispatchers.Default + Context.current().with(parent).asContextElement()) {
                    transaction(db) {
                        statementDispatcher = currentCoroutineContext()[ContinuationInterceptor]
                        Stock.insert { it[id] = 2; it[label] = "second"; it[count] = 5 }
                        Stock.select { count gte 5 }.toList()
                        Stock.update({ id eq 1 }) { it[count] = count - 1 }
                    }
                }
                parent.end()
                statementDispatcher shouldBe db.dispatcher

                val spans = Tracing.spansUnder(parent)
                val transactions = spans.filter { it.kind == SpanKind.INTERNAL }
                transactions shouldHaveSize 1
                val transaction = transactions.single()
                transaction.parentSpanId shouldBe parent.spanContext.spanId
                transaction.name shouldBe "transaction ${db.name()}"
                transaction.attributes.get(AttributeKey.stringKey("quarry.transaction.outcome")) shouldBe "committed"

                val statements: List<SpanData> = spans.filter { it.kind == SpanKind.CLIENT }
                statements.map { it.name } shouldBe listOf("insert otel_stock", "select otel_stock", "update otel_stock")
                spans shouldHaveSize 4
                for (statement in statements) {
                    statement.parentSpanId shouldBe transaction.spanId
                    statement.traceId shouldBe parent.spanContext.traceId
                    statement.attributes.get(AttributeKey.stringKey("db.system.name")) shouldBe target.name()
                    statement.attributes.get(AttributeKey.stringKey("db.collection.name")) shouldBe "otel_stock"
                    statement.attributes.get(AttributeKey.stringKey("db.namespace")) shouldNotBe null
                }
            }
        }
    }
})
