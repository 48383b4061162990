package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.QueryBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java budget tour on SQLite, and checks docs/observability.md shows it. */
class BudgetTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("budget-tour", ".db");
        db = TourShop.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void aDatabaseDefaultBudgetAWarningReportAndAFailingBudget() {
        Database guarded = BudgetTour.openGuarded(db.config().url());
        try {
            assertEquals(QueryBudget.NONE.maxStatements(200).maxRowsRead(50_000).maxSameStatement(25), guarded.config().budget());
            assertEquals(8, guarded.transaction(tx -> tx.selectFrom(BOOKS).fetch()).size());
        } finally {
            guarded.close();
        }
        assertEquals(3L, BudgetTour.reviewsPerBook(db).get("Frankenstein"));
        assertEquals(Optional.empty(), BudgetTour.titlesWithin(db, 3));
        assertEquals("Brave New World", BudgetTour.titlesWithin(db, 100).orElseThrow().get(0));
    }

    @Test
    void docsShowEverySnippet() throws IOException {
        TourShop.assertDocsShow("../docs/observability.md", "BudgetTour.java", List.of("budget-database", "budget-warn", "budget-fail"));
    }
}
