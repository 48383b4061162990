package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.opentelemetry.QuarryTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Tracing with OpenTelemetry from Java. docs/observability.md shows each region between "docs:"
 * markers; the samples' tests run them on SQLite with an in-memory exporter.
 */
public final class TracingTour {
    private TracingTour() {
    }

    // docs:tracing-setup-java
    /** A database whose transactions and statements are traced by the application's OpenTelemetry. */
    static Database tracedDatabase(String url, OpenTelemetry openTelemetry) {
        return Database.connect(DatabaseConfig.builder(url)
                .name("bookshop")
                .observer(QuarryTracing.builder(openTelemetry)
                        .recordExceptionMessages(false)   // the default: messages may quote a row's values
                        .build())
                .build());
    }
    // docs:end

    // docs:tracing-java
    /** Restocks a book under a span of the application's own: the transaction's span is its child. */
    static long restock(Tracer tracer, Database db, long bookId) {
        Span span = tracer.spanBuilder("restock").startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return db.transaction(tx -> {
                tx.update(BOOKS).set(BOOKS.inStock, true).where(BOOKS.id.eq(bookId)).execute();
                return tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true)).count();
            });
        } finally {
            span.end();
        }
    }

    /**
     * Counts the books from another thread: the span current where {@code transactionAsync} is
     * called is the parent, though the work runs on the database's executor. An executor of the
     * application's own carries the context with {@link Context#wrap(Executor)}.
     */
    static CompletableFuture<Long> countBooksLater(Executor executor, Database db) {
        Executor traced = Context.current().wrap(executor);
        return CompletableFuture.supplyAsync(() -> db.transactionAsync(tx -> tx.selectFrom(BOOKS).count()), traced)
                .thenCompose(count -> count);
    }
    // docs:end
}
