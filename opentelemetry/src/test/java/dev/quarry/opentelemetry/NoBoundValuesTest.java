package dev.quarry.opentelemetry;

import static dev.quarry.opentelemetry.Items.ITEMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.Database;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;

/** No value a statement bound or wrote as a literal reaches a span, an event or a status. */
class NoBoundValuesTest {
    private static final String SECRET = "s3cret-label-8675309";
    private static final int SECRET_NUMBER = 8_675_309;

    @OnEveryDialect
    void noValueOfAnyStatementAppearsInTheTrace(TestTarget target) {
        Database db = Items.fresh(Tracing.database(target));
        Span parent = Tracing.parentSpan("write secrets");
        try (Scope ignored = parent.makeCurrent()) {
            db.inTransaction(tx -> {
                tx.insertInto(ITEMS).set(ITEMS.id, SECRET_NUMBER).set(ITEMS.label, SECRET).set(ITEMS.stock, 3).execute();
                tx.selectFrom(ITEMS).where(ITEMS.label.eq(SECRET)).fetch();
                tx.execute("UPDATE otel_items SET label = '" + SECRET + "' WHERE id = " + SECRET_NUMBER);
                tx.fetch("SELECT label FROM otel_items WHERE label = ? OR id = ?", SECRET, SECRET_NUMBER);
            });
            assertThrows(DataAccessException.class, () -> db.inTransaction(tx ->
                    tx.insertInto(ITEMS).set(ITEMS.id, SECRET_NUMBER).set(ITEMS.label, SECRET).set(ITEMS.stock, 3).execute()));
        } finally {
            parent.end();
        }
        List<SpanData> spans = Tracing.spansUnder(parent);
        assertEquals(5, Tracing.statementSpans(spans).size(), () -> "four statements and the failed insert: " + spans);
        for (String text : texts(spans)) {
            assertFalse(text.contains(SECRET), () -> "a bound or literal value leaked: " + text);
            assertFalse(text.contains(String.valueOf(SECRET_NUMBER)), () -> "a bound or literal value leaked: " + text);
        }
    }

    /** Every attribute value, event attribute value, name and status description of the spans. */
    private static List<String> texts(List<SpanData> spans) {
        List<String> texts = new ArrayList<>();
        for (SpanData span : spans) {
            texts.add(span.getName());
            texts.add(span.getStatus().getDescription());
            addValues(span.getAttributes(), texts);
            for (EventData event : span.getEvents()) {
                texts.add(event.getName());
                addValues(event.getAttributes(), texts);
            }
        }
        return texts;
    }

    private static void addValues(Attributes attributes, List<String> texts) {
        attributes.forEach((key, value) -> texts.add(key.getKey() + "=" + value));
    }
}
