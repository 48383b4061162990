package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java observability tour on SQLite. */
class ObservabilityTourTest {
    private static Path file;
    private static Database shop;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("observability-tour", ".db");
        shop = TourShop.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        shop.close();
        Files.deleteIfExists(file);
    }

    @Test
    void theCounterCountsStatementsByFingerprintAndTransactionsThatDidNotCommit() {
        ObservabilityTour.StatementCounter counter = new ObservabilityTour.StatementCounter();
        try (Database db = ObservabilityTour.connectCounted("jdbc:sqlite:" + file, counter)) {
            db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.id.eq(1L)).fetchOne());
            assertEquals(1L, counter.statements.get("select books").sum());
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                throw new IllegalStateException("the work fails");
            }));
            assertEquals(1L, counter.notCommitted.get());
        }
    }

    @Test
    void thePlanOfASelectNamesItsTable() {
        List<String> plan = ObservabilityTour.planOfCheapBooks(shop);
        assertTrue(plan.stream().anyMatch(line -> line.contains("books")), plan::toString);
    }

    @Test
    void theSlowThresholdIsPartOfTheConfiguration() {
        try (Database db = ObservabilityTour.connectWithSlowLog("jdbc:sqlite:" + file)) {
            assertEquals(Duration.ofMillis(250), db.config().slowStatementThreshold());
        }
    }
}
