package dev.quarry.samples

import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.samples.tour.countBooks
import dev.quarry.samples.tour.restock
import dev.quarry.samples.tour.tracedDatabase
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldHaveSize
import io.kotest.matchers.shouldBe
import io.opentelemetry.api.trace.SpanKind
import io.opentelemetry.extension.kotlin.asContextElement
import io.opentelemetry.sdk.OpenTelemetrySdk
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter
import io.opentelemetry.sdk.trace.SdkTracerProvider
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor
import java.nio.file.Files
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext

/** Runs the Kotlin tracing tour on SQLite with an in-memory exporter. */
class TracingTourSpec : FunSpec({
    val exporter = InMemorySpanExporter.create()
    val openTelemetry = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
        .build()
    val tracer = openTelemetry.getTracer("bookshop")
    val file = Files.createTempFile("tracing-tour", ".db").toFile()
    val db = tracedDatabase("jdbc:sqlite:${file.path}", openTelemetry)
    beforeSpec { stockTourShop(db) }
    afterSpec {
        db.close()
        file.delete()
    }

    test("restock is one transaction span under the application's span, with a span per statement") {
        val inStock = restock(tracer, db, 6)
        inStock shouldBe transaction(db) { Books.select { Books.inStock eq true }.count() }
        val restock = exporter.finishedSpanItems.single { it.name == "restock" }
        val spans = exporter.finishedSpanItems.filter { it.traceId == restock.traceId && it.spanId != restock.spanId }
        val transaction = spans.single { it.kind == SpanKind.INTERNAL }
        transaction.parentSpanId shouldBe restock.spanId
        spans.filter { it.kind == SpanKind.CLIENT }.map { it.name } shouldBe listOf("update books", "select books")
    }

    test("a transaction from Dispatchers.Default is a child of the span in the coroutine context") {
        val request = tracer.spanBuilder("request").startSpan()
        withContext(Dispatchers.Default + request.asContextElement()) { countBooks(db) }
        request.end()
        val spans = exporter.finishedSpanItems.filter { it.traceId == request.spanContext.traceId && it.spanId != request.spanContext.spanId }
        spans shouldHaveSize 2
        spans.single { it.kind == SpanKind.INTERNAL }.parentSpanId shouldBe request.spanContext.spanId
    }
})
