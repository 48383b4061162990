package dev.quarry.opentelemetry;

import static dev.quarry.opentelemetry.Items.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Transaction;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** A transaction's span is a child of the caller's span and the parent of one span per statement. */
class TransactionSpansTest {

    @OnEveryDialect
    void aBlockingTransactionIsTracedUnderTheCallersSpan(TestTarget target) {
        Database db = Items.fresh(Tracing.database(target));
        Span parent = Tracing.parentSpan("handle request");
        try (Scope ignored = parent.makeCurrent()) {
            db.inTransaction(TransactionSpansTest::threeStatements);
        } finally {
            parent.end();
        }
        assertThreeStatementsUnderOneTransaction(target, db, parent);
    }

    @OnEveryDialect
    void anAsyncTransactionAskedForOnAnExecutorIsTracedUnderTheSpanCurrentThere(TestTarget target) throws Exception {
        Database db = Items.fresh(Tracing.database(target));
        Span parent = Tracing.parentSpan("handle message");
        ExecutorService callers = Executors.newSingleThreadExecutor();
        try {
            String[] threads = new String[2];
            CompletableFuture<Void> done = callers.submit(() -> {
                try (Scope ignored = parent.makeCurrent()) {
                    threads[0] = Thread.currentThread().getName();
                    return db.transactionAsync(tx -> {
                        threads[1] = Thread.currentThread().getName();
                        threeStatements(tx);
                        return null;
                    });
                }
            }).get(30, TimeUnit.SECONDS).thenAccept(result -> parent.end());
            done.get(30, TimeUnit.SECONDS);
            assertNotEquals(threads[0], threads[1], "the work runs on the database's executor, not the caller's thread");
        } finally {
            callers.shutdownNow();
        }
        assertThreeStatementsUnderOneTransaction(target, db, parent);
    }

    static void threeStatements(Transaction tx) {
        tx.insertInto(ITEMS).set(ITEMS.id, 2).set(ITEMS.label, "second").set(ITEMS.stock, 5).execute();
        tx.selectFrom(ITEMS).where(ITEMS.stock.ge(5)).fetch();
        tx.update(ITEMS).set(ITEMS.stock, ITEMS.stock.subtract(1)).where(ITEMS.id.eq(1)).execute();
    }

    private static void assertThreeStatementsUnderOneTransaction(TestTarget target, Database db, Span parent) {
        List<SpanData> spans = Tracing.spansUnder(parent);
        List<SpanData> transactions = Tracing.transactionSpans(spans);
        assertEquals(1, transactions.size(), () -> "one transaction span, got " + spans);
        SpanData transaction = transactions.get(0);
        assertEquals(parent.getSpanContext().getSpanId(), transaction.getParentSpanId(), "the transaction's parent is the caller's span");
        assertEquals("transaction " + db.name(), transaction.getName());
        assertEquals(SpanKind.INTERNAL, transaction.getKind());
        assertEquals("committed", transaction.getAttributes().get(AttributeKey.stringKey("quarry.transaction.outcome")));
        assertEquals(1L, transaction.getAttributes().get(AttributeKey.longKey("quarry.transaction.attempts")));
        assertEquals(StatusCode.UNSET, transaction.getStatus().getStatusCode());
        assertEquals("dev.quarry", transaction.getInstrumentationScopeInfo().getName());

        List<SpanData> statements = Tracing.statementSpans(spans);
        assertEquals(List.of("insert otel_items", "select otel_items", "update otel_items"),
                statements.stream().map(SpanData::getName).toList(), () -> "three statement spans, got " + spans);
        assertEquals(4, spans.size(), () -> "nothing else is traced: " + spans);
        for (SpanData statement : statements) {
            assertEquals(transaction.getSpanId(), statement.getParentSpanId(), statement.getName() + " is a child of the transaction");
            assertTrue(statement.getStartEpochNanos() >= transaction.getStartEpochNanos()
                    && statement.getEndEpochNanos() <= transaction.getEndEpochNanos(), statement.getName() + " lies within its transaction");
            assertDatabaseAttributes(target, statement);
            assertEquals("otel_items", statement.getAttributes().get(AttributeKey.stringKey("db.collection.name")));
            assertEquals(statement.getName(), statement.getAttributes().get(AttributeKey.stringKey("db.query.summary")));
            assertEquals(StatusCode.UNSET, statement.getStatus().getStatusCode());
        }
        assertDatabaseAttributes(target, transaction);
        SpanData select = statements.get(1);
        assertEquals("select", select.getAttributes().get(AttributeKey.stringKey("db.operation.name")));
        assertEquals(2L, select.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")));
        String query = select.getAttributes().get(AttributeKey.stringKey("db.query.text"));
        assertTrue(query.startsWith("SELECT ") && query.contains(">= ?"), query);
    }

    /** The attributes every span of the database carries, as its URL gives them. */
    static void assertDatabaseAttributes(TestTarget target, SpanData span) {
        String system = span.getAttributes().get(AttributeKey.stringKey("db.system.name"));
        assertEquals(target.name(), system, "db.system.name");
        String namespace = span.getAttributes().get(AttributeKey.stringKey("db.namespace"));
        assertTrue(namespace != null && !namespace.isEmpty(), "db.namespace is the database's name");
        String address = span.getAttributes().get(AttributeKey.stringKey("server.address"));
        Long port = span.getAttributes().get(AttributeKey.longKey("server.port"));
        if (target.family().equals("sqlite")) {
            assertNull(address, "SQLite has no server");
            assertNull(port, "SQLite has no server");
        } else {
            assertTrue(address != null && !address.isEmpty(), "server.address");
            assertTrue(port != null && port > 0, "server.port");
        }
    }
}
