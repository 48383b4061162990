package dev.quarry.opentelemetry;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The tracing of the test run: an SDK exporting to memory, and per test target a database traced
 * by it. Tests tell their spans apart by the trace of the parent span each one starts.
 */
final class Tracing {
    static final InMemorySpanExporter EXPORTER = InMemorySpanExporter.create();
    static final OpenTelemetry OPEN_TELEMETRY = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(EXPORTER)).build())
            .build();
    static final Tracer TEST_TRACER = OPEN_TELEMETRY.getTracer("quarry-tests");
    private static final Map<String, Database> DATABASES = new ConcurrentHashMap<>();

    private Tracing() {
    }

    /** The traced database of a target, shared by the tests. */
    static Database database(TestTarget target) {
        return DATABASES.computeIfAbsent(target.name(), name -> open(target.jdbcUrl(), "otel-java-" + name, UnaryOperator.identity()));
    }

    /** Opens a traced database of its own, closed at the end of the run. */
    static Database open(String url, String name, UnaryOperator<DatabaseConfig.Builder> configure) {
        DatabaseConfig.Builder builder = DatabaseConfig.builder(url).name(name).poolSize(4);
        Database db = Database.connect(configure.apply(QuarryTracing.configure(builder, OPEN_TELEMETRY)).build());
        TestTargets.closeAtEnd(db);
        return db;
    }

    /** A span of the test itself, to be made current and ended by the caller. */
    static Span parentSpan(String name) {
        return TEST_TRACER.spanBuilder(name).setSpanKind(SpanKind.SERVER).startSpan();
    }

    /** The finished spans of a trace but its root, in the order they ended. */
    static List<SpanData> spansUnder(Span parent) {
        String traceId = parent.getSpanContext().getTraceId();
        String parentId = parent.getSpanContext().getSpanId();
        return EXPORTER.getFinishedSpanItems().stream()
                .filter(span -> span.getTraceId().equals(traceId) && !span.getSpanId().equals(parentId))
                .toList();
    }

    /** The spans of Quarry's transactions among some. */
    static List<SpanData> transactionSpans(List<SpanData> spans) {
        return spans.stream().filter(span -> span.getKind() == SpanKind.INTERNAL).toList();
    }

    /** The spans of statements among some. */
    static List<SpanData> statementSpans(List<SpanData> spans) {
        return spans.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    }
}
