package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Events.EVENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.micrometer.QuarryMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java metrics tour on SQLite, and checks the docs show it. */
class MetricsTourTest {
    private static Path file;
    private static Database db;
    private static final SimpleMeterRegistry REGISTRY = new SimpleMeterRegistry();

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("metrics-tour", ".db");
        TourShop.open(file).close();
        db = MetricsTour.meteredDatabase("jdbc:sqlite:" + file, REGISTRY);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void statementsAndTransactionsAreTimedByFingerprintAndOutcome() {
        assertEquals("Frankenstein", MetricsTour.titleOf(db, 1L));
        assertEquals("Nineteen Eighty-Four", MetricsTour.titleOf(db, 4L));
        assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
            tx.insertInto(EVENTS).set(EVENTS.message, "rolled back").execute();
            throw new IllegalStateException("the work fails after its insert");
        }));

        assertTrue(MetricsTour.transactionReport(REGISTRY).matches("2 committed, slowest statement \\d+ ms"),
                MetricsTour.transactionReport(REGISTRY));
        Map<String, Long> statements = new TreeMap<>();
        REGISTRY.find(QuarryMetrics.STATEMENT).tag("db", "shop").timers()
                .forEach(timer -> statements.merge(timer.getId().getTag("statement"), timer.count(), Long::sum));
        assertEquals(Map.of("select books", 2L, "insert events", 1L), statements);
        assertEquals(1L, REGISTRY.get(QuarryMetrics.TRANSACTION).tags("db", "shop", "outcome", "rolled_back").timer().count());
        assertEquals(4.0, REGISTRY.get("hikaricp.connections.max").tag("pool", "shop").gauge().value());
    }

    @Test
    void theDocsShowTheTour() throws IOException {
        TourShop.assertDocsShow("../docs/observability.md", "MetricsTour.java", List.of("metrics-attach", "metrics-read"));
    }
}
