package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static dev.quarry.samples.java.tour.Events.EVENTS;
import static dev.quarry.samples.java.tour.Payments.PAYMENTS;
import static dev.quarry.samples.java.tour.Reviews.REVIEWS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs every method of the Java transactions tour on SQLite, and checks the docs show it. */
class TransactionTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("transactions-tour", ".db");
        db = TourShop.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    private static List<String> events() {
        return db.transaction(tx -> tx.selectFrom(EVENTS).orderBy(EVENTS.id.asc()).fetch()).stream()
                .map(row -> row.get(EVENTS.message)).toList();
    }

    @Test
    void propagationKeepsTheEventAndTheSale() {
        assertEquals(true, TransactionTour.sell(db, 1L, "Ada"));
        assertEquals(false, TransactionTour.sell(db, 1L, "Alan"));
        assertEquals(true, TransactionTour.sell(db, 2L, " "));
        assertEquals(List.of("Ada asked for book 1", "Alan asked for book 1", "  asked for book 2"), events().subList(0, 3));
        assertEquals(4L, (long) db.transaction(tx -> tx.selectFrom(REVIEWS).where(REVIEWS.bookId.eq(1L)).count()));
        assertEquals(0L, (long) db.transaction(tx -> tx.selectFrom(REVIEWS).where(REVIEWS.bookId.eq(2L)).count()));
    }

    @Test
    void optionsAsyncStreamingAndRawSql() throws Exception {
        assertEquals(new BigDecimal("11.00"), TransactionTour.raisePrice(db, 5L, 10));
        assertEquals(List.of("The Time Machine"), TransactionTour.titlesLike(db, "%Time%").get(10, TimeUnit.SECONDS));
        StringBuilder titles = new StringBuilder();
        TransactionTour.exportTitles(db, titles);
        assertEquals(8, titles.toString().lines().count());
        assertEquals("Frankenstein", titles.toString().lines().findFirst().orElseThrow());
        long stock = TransactionTour.booksInStock(db);
        assertEquals(stock, (long) db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true)).count()));
        int before = events().size();
        assertEquals(Math.min(before, 2), TransactionTour.vacuumEvents(db, 3L));
    }

    @Test
    void anIdempotentWriteRunsTwiceAndRecordsOnce() {
        TransactionTour.recordPayment(db, "7d2e-request", 990L);
        TransactionTour.recordPayment(db, "7d2e-request", 990L);
        assertEquals(List.of(990L), db.transaction(tx -> tx.selectFrom(PAYMENTS).where(PAYMENTS.requestId.eq("7d2e-request"))
                .fetch()).stream().map(row -> row.get(PAYMENTS.amountCents)).toList());
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTour() throws IOException {
        TourShop.assertDocsShow("../docs/transactions.md", "TransactionTour.java",
                List.of("propagation", "options", "async", "streaming", "raw-sql", "idempotent"));
    }
}
