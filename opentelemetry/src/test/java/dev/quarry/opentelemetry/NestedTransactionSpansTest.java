package dev.quarry.opentelemetry;

import static dev.quarry.opentelemetry.Items.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Propagation;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;

/** A transaction that joins an open one adds no span; a nested one shows as savepoint events. */
class NestedTransactionSpansTest {
    private static final TransactionOptions NESTED = TransactionOptions.DEFAULT.propagation(Propagation.NESTED);

    @OnEveryDialect
    void joinedAndNestedTransactionsAreEventsOfTheOuterSpan(TestTarget target) {
        Database db = Items.fresh(Tracing.database(target));
        Span parent = Tracing.parentSpan("outer work");
        try (Scope ignored = parent.makeCurrent()) {
            db.inTransaction(outer -> {
                db.inTransaction(joined -> joined.selectFrom(ITEMS).fetch());
                db.inTransaction(NESTED, nested -> nested.update(ITEMS).set(ITEMS.stock, 0).where(ITEMS.id.eq(1)).execute());
                assertThrows(IllegalStateException.class, () -> db.inTransaction(NESTED, nested -> {
                    nested.update(ITEMS).set(ITEMS.stock, 99).where(ITEMS.id.eq(1)).execute();
                    throw new IllegalStateException("the nested work fails and is rolled back to its savepoint");
                }));
            });
        } finally {
            parent.end();
        }
        List<SpanData> spans = Tracing.spansUnder(parent);
        List<SpanData> transactions = Tracing.transactionSpans(spans);
        assertEquals(1, transactions.size(), () -> "one transaction span: " + spans);
        SpanData transaction = transactions.get(0);
        List<String> savepoints = transaction.getEvents().stream().filter(event -> event.getName().equals("quarry.savepoint"))
                .map(EventData::getAttributes).map(attributes -> attributes.get(AttributeKey.stringKey("quarry.savepoint.action")))
                .toList();
        assertEquals(List.of("set", "released", "set", "rolled_back"), savepoints);
        List<SpanData> statements = Tracing.statementSpans(spans);
        assertEquals(List.of("select otel_items", "update otel_items", "update otel_items"),
                statements.stream().map(SpanData::getName).toList(), "the statements of the joined and nested work, no savepoint statements");
        statements.forEach(statement -> assertEquals(transaction.getSpanId(), statement.getParentSpanId()));
        assertEquals("committed", transaction.getAttributes().get(AttributeKey.stringKey("quarry.transaction.outcome")));
    }
}
