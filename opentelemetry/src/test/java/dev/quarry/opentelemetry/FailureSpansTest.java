package dev.quarry.opentelemetry;

import static dev.quarry.opentelemetry.Items.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.RetryPolicy;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A failed statement and its transaction are ERROR spans with the SQLState; retried attempts are events. */
class FailureSpansTest {
    private static final TransactionOptions RETRYING = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(5, Duration.ofMillis(1), Duration.ofMillis(20)))
            .isolation(IsolationLevel.REPEATABLE_READ);
    private static final TransactionOptions REQUIRES_NEW = TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW);

    @OnEveryDialect
    void aFailedStatementIsAnErrorSpanWithItsSqlState(TestTarget target) {
        Database db = Items.fresh(Tracing.database(target));
        Span parent = Tracing.parentSpan("insert a duplicate");
        DataAccessException failure;
        try (Scope ignored = parent.makeCurrent()) {
            failure = assertThrows(DataAccessException.class, () -> db.inTransaction(tx ->
                    tx.insertInto(ITEMS).set(ITEMS.id, 1).set(ITEMS.label, "duplicate-label-31337").set(ITEMS.stock, 1).execute()));
        } finally {
            parent.end();
        }
        assertNotNull(statusCode(failure), "the driver reports a SQLState or an error code for a duplicate key");
        List<SpanData> spans = Tracing.spansUnder(parent);
        SpanData statement = single(Tracing.statementSpans(spans));
        assertEquals("insert otel_items", statement.getName());
        assertFailed(statement, failure);
        assertNull(statement.getAttributes().get(AttributeKey.longKey("db.response.returned_rows")), "a failed statement returned no rows");

        SpanData transaction = single(Tracing.transactionSpans(spans));
        assertFailed(transaction, failure);
        assertEquals("rolled_back", transaction.getAttributes().get(AttributeKey.stringKey("quarry.transaction.outcome")));
    }

    @OnEveryDialect
    void aRetriedTransactionIsOneSpanWithAnEventPerFailedAttempt(TestTarget target) {
        Database db = Items.fresh(Tracing.database(target));
        // MariaDB refuses to write over a change committed since the snapshot only with snapshot isolation.
        Database conflicting = target.name().equals("mariadb")
                ? Tracing.open(target.jdbcUrl(), "otel-java-snapshot-isolated",
                        builder -> builder.property("sessionVariables", "innodb_snapshot_isolation=ON"))
                : db;
        AtomicInteger attempts = new AtomicInteger();
        Span parent = Tracing.parentSpan("conflicting update");
        try (Scope ignored = parent.makeCurrent()) {
            conflicting.inTransaction(RETRYING, tx -> {
                int attempt = attempts.incrementAndGet();
                int seen = tx.selectFrom(ITEMS).where(ITEMS.id.eq(1)).fetchOne().get(ITEMS.stock);
                if (attempt == 1) {
                    conflicting.inTransaction(REQUIRES_NEW, other -> other.update(ITEMS)
                            .set(ITEMS.stock, ITEMS.stock.add(50)).where(ITEMS.id.eq(1)).execute());
                }
                tx.update(ITEMS).set(ITEMS.stock, seen + 1).where(ITEMS.id.eq(1)).execute();
            });
        } finally {
            parent.end();
            if (conflicting != db) {
                conflicting.close();
            }
        }
        assertEquals(2, attempts.get(), "the first attempt lost to the concurrent update");

        List<SpanData> transactions = Tracing.transactionSpans(Tracing.spansUnder(parent));
        assertEquals(2, transactions.size(), "the retried transaction and the one that got in its way: " + transactions);
        SpanData retried = transactions.stream()
                .filter(span -> Long.valueOf(2).equals(span.getAttributes().get(AttributeKey.longKey("quarry.transaction.attempts"))))
                .findFirst().orElseThrow(() -> new AssertionError("no transaction span with 2 attempts: " + transactions));
        assertEquals("committed", retried.getAttributes().get(AttributeKey.stringKey("quarry.transaction.outcome")));
        assertEquals(StatusCode.UNSET, retried.getStatus().getStatusCode(), "the transaction succeeded in the end");
        List<EventData> failedAttempts = retried.getEvents().stream()
                .filter(event -> event.getName().equals("quarry.transaction.attempt_failed")).toList();
        assertEquals(1, failedAttempts.size(), () -> "one failed attempt, events: " + retried.getEvents());
        Attributes event = failedAttempts.get(0).getAttributes();
        assertEquals(1L, event.get(AttributeKey.longKey("quarry.transaction.attempt")));
        String statusCode = event.get(AttributeKey.stringKey("db.response.status_code"));
        assertNotNull(statusCode, () -> "the conflict's SQLState (SQLite: its result code), event: " + event);
        assertEquals(statusCode, event.get(AttributeKey.stringKey("error.type")));
        assertNotNull(event.get(AttributeKey.stringKey("exception.type")));

        List<SpanData> statements = Tracing.statementSpans(Tracing.spansUnder(parent)).stream()
                .filter(span -> span.getParentSpanId().equals(retried.getSpanId())).toList();
        assertTrue(statements.size() >= 3, () -> "the statements of both attempts are under the one span: " + statements);
    }

    /** The SQLState; SQLite's driver reports none, and its result code stands in for it. */
    private static String statusCode(DataAccessException failure) {
        return failure.sqlState() != null ? failure.sqlState() : Integer.toString(failure.errorCode());
    }

    private static SpanData single(List<SpanData> spans) {
        assertEquals(1, spans.size(), () -> "one span expected: " + spans);
        return spans.get(0);
    }

    private static void assertFailed(SpanData span, DataAccessException failure) {
        assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode(), span.getName() + " failed");
        assertEquals(statusCode(failure), span.getAttributes().get(AttributeKey.stringKey("db.response.status_code")));
        assertEquals(statusCode(failure), span.getAttributes().get(AttributeKey.stringKey("error.type")));
        EventData exception = span.getEvents().stream().filter(event -> event.getName().equals("exception")).findFirst()
                .orElseThrow(() -> new AssertionError("an exception event on " + span));
        assertEquals(failure.getClass().getName(), exception.getAttributes().get(AttributeKey.stringKey("exception.type")));
        assertNull(exception.getAttributes().get(AttributeKey.stringKey("exception.message")),
                "messages may quote values and are left out by default");
        assertTrue(!span.getStatus().getDescription().contains("duplicate-label-31337"), span.getStatus().getDescription());
    }
}
