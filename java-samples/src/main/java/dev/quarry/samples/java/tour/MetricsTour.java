package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.micrometer.QuarryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Metrics with Micrometer through the Java facade. docs/observability.md shows each region between
 * "docs:" markers; the samples' tests run them on SQLite.
 */
public final class MetricsTour {
    private MetricsTour() {
    }

    // docs:metrics-attach
    /** A database measured in the registry, keeping at most 200 statement names as tag values. */
    static Database meteredDatabase(String url, MeterRegistry registry) {
        DatabaseConfig.Builder builder = DatabaseConfig.builder(url).name("shop").poolSize(4);
        QuarryMetrics.of(registry).statementNameLimit(200).configure(builder);
        return Database.connect(builder.build());
    }
    // docs:end

    // docs:metrics-read
    /** How many transactions committed, and the slowest statement time seen, in milliseconds. */
    static String transactionReport(MeterRegistry registry) {
        Timer committed = registry.get(QuarryMetrics.TRANSACTION).tags("db", "shop", "outcome", "committed").timer();
        double slowest = registry.find(QuarryMetrics.STATEMENT).tag("db", "shop").timers().stream()
                .mapToDouble(timer -> timer.max(TimeUnit.MILLISECONDS)).max().orElse(0);
        return committed.count() + " committed, slowest statement " + Math.round(slowest) + " ms";
    }
    // docs:end

    /** A title read in a transaction of the database the metrics watch. */
    static String titleOf(Database db, long bookId) {
        return db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.id.eq(bookId)).fetchOne().get(BOOKS.title));
    }
}
