package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java tracing tour on SQLite with an in-memory exporter, and checks the docs show it. */
class TracingTourTest {
    private static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
    private static final OpenTelemetry OPEN_TELEMETRY = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(EXPORTER)).build())
            .build();
    private static final Tracer TRACER = OPEN_TELEMETRY.getTracer("bookshop");
    private static Path file;
    private static Database db;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("tracing-tour", ".db");
        TourShop.open(file).close();
        db = TracingTour.tracedDatabase("jdbc:sqlite:" + file, OPEN_TELEMETRY);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void restockIsOneTransactionSpanUnderTheApplicationsSpan() {
        long inStock = TracingTour.restock(TRACER, db, 6);
        long counted = db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true)).count());
        assertEquals(counted, inStock);
        SpanData restock = EXPORTER.getFinishedSpanItems().stream().filter(span -> span.getName().equals("restock"))
                .findFirst().orElseThrow();
        List<SpanData> spans = under(restock.getTraceId(), restock.getSpanId());
        SpanData transaction = spans.stream().filter(span -> span.getKind() == SpanKind.INTERNAL).findFirst().orElseThrow();
        assertEquals(restock.getSpanId(), transaction.getParentSpanId());
        assertEquals(List.of("update books", "select books"), spans.stream()
                .filter(span -> span.getKind() == SpanKind.CLIENT && span.getParentSpanId().equals(transaction.getSpanId()))
                .map(SpanData::getName).toList());
    }

    @Test
    void countBooksLaterKeepsTheCallersSpanAsParent() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Span request = TRACER.spanBuilder("request").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            long later = TracingTour.countBooksLater(executor, db).get(30, TimeUnit.SECONDS);
            long now = db.transaction(tx -> tx.selectFrom(BOOKS).count());
            assertEquals(now, later);
        } finally {
            request.end();
            executor.shutdownNow();
        }
        List<SpanData> spans = under(request.getSpanContext().getTraceId(), request.getSpanContext().getSpanId());
        List<SpanData> transactions = spans.stream()
                .filter(span -> span.getKind() == SpanKind.INTERNAL && span.getParentSpanId().equals(request.getSpanContext().getSpanId()))
                .toList();
        assertEquals(2, transactions.size(), "the later count and the check's count, both under the request: " + spans);
    }

    @Test
    void theDocsShowTheTour() throws IOException {
        TourShop.assertDocsShow("../docs/observability.md", "TracingTour.java", List.of("tracing-setup-java", "tracing-java"));
    }

    private static List<SpanData> under(String traceId, String parentId) {
        return EXPORTER.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && !span.getSpanId().equals(parentId)).toList();
    }
}
