package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Orders.ORDERS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.InsertQuery;
import dev.quarry.jdbc.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java dates tour on SQLite, and checks the docs show it. */
class DateTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void orders() throws IOException {
        file = Files.createTempFile("dates", ".db");
        db = Database.connect("jdbc:sqlite:" + file);
        db.inTransaction(tx -> {
            tx.createTable(ORDERS);
            Object[][] orders = {
                {"2024-01-31", "2024-02-01T10:00", "2024-01-31T23:30:00Z", 3, "2024-02-03"},
                {"2024-03-02", "2024-03-04T09:00", "2024-03-02T08:15:00Z", 10, null},
                {"2024-03-31", "2024-04-01T11:00", "2024-03-31T18:45:00Z", 1, "2024-04-02"},
                {"2023-12-30", "2024-01-01T12:00", "2023-12-30T07:00:00Z", 5, "2024-01-02"},
            };
            InsertQuery insert = tx.insertInto(ORDERS);
            for (int i = 0; i < orders.length; i++) {
                Object[] order = orders[i];
                insert = (i == 0 ? insert : insert.newRow())
                        .set(ORDERS.placed, LocalDate.parse((String) order[0]))
                        .set(ORDERS.shipped, LocalDateTime.parse((String) order[1]))
                        .set(ORDERS.paid, Instant.parse((String) order[2]))
                        .set(ORDERS.graceDays, (Integer) order[3])
                        .set(ORDERS.delivered, order[4] == null ? null : LocalDate.parse((String) order[4]));
            }
            insert.execute();
        });
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    private static List<List<Object>> values(List<Row> rows) {
        return rows.stream().map(row -> {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            return Arrays.asList(values);
        }).toList();
    }

    @Test
    void datePartsTruncationAndArithmetic() {
        assertEquals(List.of(List.of(2L, 3, 8), List.of(3L, 3, 18)),
                values(db.transaction(tx -> DateTour.weekendOrdersOf(tx, 2024))));
        assertEquals(List.of(List.of(LocalDate.of(2023, 12, 1), 1L), List.of(LocalDate.of(2024, 1, 1), 1L),
                List.of(LocalDate.of(2024, 3, 1), 2L)), values(db.transaction(DateTour::ordersPerMonth)));
        assertEquals(List.of(List.of(1L, LocalDate.of(2024, 2, 29), 3), List.of(4L, LocalDate.of(2024, 1, 30), 3)),
                values(db.transaction(tx -> DateTour.overdue(tx, LocalDate.of(2024, 3, 10)))));
    }

    @Test
    void theDocsShowEverySnippet() throws IOException {
        TourShop.assertDocsShow("../docs/query-language.md", "DateTour.java", List.of("date-parts", "date-trunc", "date-arithmetic"));
    }
}
