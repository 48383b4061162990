package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.observation.DatabaseObserver;
import dev.quarry.jdbc.observation.TransactionEnd;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.jdbc.observation.TransactionStart;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Observability through the Java facade: the SQL log's settings, an observer of one's own and
 * query plans. docs/observability.md shows each region between "docs:" markers; the samples' tests
 * run them on SQLite.
 */
public final class ObservabilityTour {
    private ObservabilityTour() {
    }

    // docs:slow-log
    /** A database whose statements of 250 ms or more are logged at WARN on {@code dev.quarry.sql.slow}. */
    static Database connectWithSlowLog(String url) {
        return Database.connect(DatabaseConfig.builder(url)
                .name("shop")
                .slowStatementThreshold(Duration.ofMillis(250))
                .build());
    }
    // docs:end

    // docs:observer
    /** Counts statements by fingerprint name, and transactions that did not commit. */
    static final class StatementCounter implements DatabaseObserver {
        final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
        final AtomicLong notCommitted = new AtomicLong();

        @Override
        public TransactionObserver transactionStarted(TransactionStart start) {
            return new TransactionObserver() {
                @Override
                public void statementExecuted(ExecutedStatement statement) {
                    statements.computeIfAbsent(statement.fingerprint().name(), name -> new LongAdder()).increment();
                }

                @Override
                public void transactionEnded(TransactionEnd end) {
                    if (end.outcome() != TransactionOutcome.COMMITTED) {
                        notCommitted.incrementAndGet();
                    }
                }
            };
        }
    }

    static Database connectCounted(String url, StatementCounter counter) {
        return Database.connect(DatabaseConfig.builder(url).observer(counter).build());
    }
    // docs:end

    // docs:explain
    /** How the database finds the cheap books, one line of its plan per element. */
    static List<String> planOfCheapBooks(Database db) {
        return db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.price.lt(new BigDecimal("10.00"))).explain());
    }
    // docs:end
}
