package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Runs every construct of the Java query-language tour on SQLite, and checks the docs show it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueryTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("tour", ".db");
        db = TourShop.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    private static List<Object> values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return Arrays.asList(values);
    }

    @Test
    void expressionsAggregatesAndJoins() {
        db.inTransaction(tx -> {
            assertEquals(Arrays.asList("Brave New World", "ALDOUS HUXLEY", new BigDecimal("14.4000"), 14, "modern", "-"),
                    values(QueryTour.priceList(tx).get(0)));
            assertEquals(List.of(Arrays.asList("Frankenstein", 3L, 10.0 / 3)),
                    QueryTour.wellReviewed(tx).stream().map(QueryTourTest::values).toList());
            assertEquals(List.of(List.of("Frankenstein", "Alan", "Ada"), List.of("Frankenstein", "Edsger", "Alan")),
                    QueryTour.replies(tx).stream().map(QueryTourTest::values).toList());
        });
    }

    @Test
    void subqueriesWindowsCtesAndSetOperations() {
        db.inTransaction(tx -> {
            assertEquals(5, QueryTour.unreviewedBooks(tx).size());
            assertEquals(List.of("Frankenstein", "Dune"),
                    QueryTour.booksReviewedBy(tx, "Ada").stream().map(row -> row.get(BOOKS.title)).toList());
            assertEquals(Arrays.asList("Mary Shelley", "Frankenstein", 1L, null, new BigDecimal("9.99")),
                    values(QueryTour.rankedByAuthor(tx).get(0)));
            assertEquals(List.of("Aldous Huxley", "Frank Herbert", "Mary Shelley"),
                    QueryTour.reviewedAuthors(tx).stream().map(row -> row.get(0)).toList());
            assertEquals(List.of(List.of(1L, 0), List.of(2L, 1), List.of(3L, 0), List.of(4L, 2), List.of(5L, 0)),
                    QueryTour.threads(tx).stream().map(QueryTourTest::values).toList());
            List<Row> everyone = QueryTour.everyone(tx);
            assertEquals(12, everyone.size());
            assertEquals(List.of("Ada", "Alan", "Aldous Huxley"), everyone.subList(0, 3).stream().map(row -> row.get(0)).toList());
        });
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void recordsAreInsertedAndRowsMappedToRecords() {
        List<QueryTour.Rating> ratings = db.transaction(tx -> QueryTour.ratings(tx,
                List.of(new QueryTour.Review(2L, "Grace", 4, null), new QueryTour.Review(2L, "Alan", 2, null))));
        assertEquals(List.of(new QueryTour.Rating("Brave New World", 1, 2.0), new QueryTour.Rating("Dune", 1, 4.0),
                new QueryTour.Rating("Frankenstein", 3, 10.0 / 3), new QueryTour.Rating("The Time Machine", 2, 3.0)), ratings);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void keysetPaginationLockingAndWrites() {
        db.inTransaction(tx -> {
            assertEquals(List.of("The Time Machine", "Frankenstein", "Foundation", "Nineteen Eighty-Four",
                    "Brave New World", "The Left Hand of Darkness", "Neuromancer", "Dune"), QueryTour.allTitlesPageByPage(tx, 3));
            assertEquals("sqlite", assertThrows(UnsupportedFeatureException.class, () -> QueryTour.reserveCheapest(tx)).dialect());
        });
        assertEquals(1, (int) db.transaction(QueryTour::restock));
        assertEquals(new BigDecimal("11.24"),
                db.transaction(tx -> tx.selectFrom(BOOKS).where(BOOKS.id.eq(1L)).fetchOne().get(BOOKS.price)));
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTour() throws IOException {
        TourShop.assertDocsShow("../docs/query-language.md", "QueryTour.java", List.of("expressions", "aggregates",
                "joins", "subqueries", "windows", "ctes", "set-operations", "seek", "locking", "writes", "records"));
    }
}
