package dev.quarry.samples.java.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java tour of functions by name, templates, queries written by hand and rollback-only transactions on SQLite. */
class HandWrittenSqlTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void shop() throws IOException {
        file = Files.createTempFile("hand-written-tour", ".db");
        db = TourShop.open(file);
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void functionsByNameAndTemplatesInsideABuiltQuery() {
        List<Row> decades = db.transaction(HandWrittenSqlTour::decadesOfClassics);
        assertEquals(List.of(1930, 1940, 1950), decades.stream().map(row -> row.get("decade")).toList());
        assertEquals(List.of(new BigDecimal("12.00"), new BigDecimal("11.25"), new BigDecimal("10.00")),
                decades.stream().map(row -> row.get("cheapest")).toList());
    }

    @Test
    void queriesWrittenByHandAsRecordsAndByLabel() {
        List<HandWrittenSqlTour.PriceBand> bands = db.transaction(tx -> HandWrittenSqlTour.priceBands(tx, new BigDecimal("12.00")));
        assertEquals(List.of("cheap", "dear"), bands.stream().map(HandWrittenSqlTour.PriceBand::band).toList());
        assertEquals(List.of(4L, 4L), bands.stream().map(HandWrittenSqlTour.PriceBand::books).toList());
        assertEquals(new BigDecimal("38.74"), bands.get(0).total().setScale(2));
        BigDecimal inStock = db.transaction(HandWrittenSqlTour::stockValue);
        assertEquals(new BigDecimal("50.74"), inStock.setScale(2));
        assertEquals(1, db.transaction(tx -> HandWrittenSqlTour.exactly(tx, "Dune")).size());
        assertEquals(0, db.transaction(tx -> HandWrittenSqlTour.exactly(tx, "dune")).size());
    }

    @Test
    void aDryRunShowsTheChangeAndKeepsNothing() {
        List<Row> shown = HandWrittenSqlTour.repriced(db, 10, true);
        assertEquals(new BigDecimal("17.49"), shown.get(0).get("price", BigDecimal.class).setScale(2));
        BigDecimal total = db.transaction(tx -> HandWrittenSqlTour.priceBands(tx, new BigDecimal("100")).get(0).total());
        assertEquals(new BigDecimal("94.04"), total.setScale(2));
    }
}
