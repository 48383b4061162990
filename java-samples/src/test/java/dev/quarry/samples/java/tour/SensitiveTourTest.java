package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.SensitiveTour.Subscribers.SUBSCRIBERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java sensitive-values tour on SQLite: the printer never prints the secrets, reads return them. */
class SensitiveTourTest {
    private static final List<String> PRINTED = new CopyOnWriteArrayList<>();
    private static Path file;
    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        file = Files.createTempFile("sensitive-tour", ".db");
        db = Database.connect(DatabaseConfig.builder("jdbc:sqlite:" + file)
                .observer(new SensitiveTour.StatementPrinter(PRINTED::add)).build());
        db.inTransaction(tx -> tx.createTable(SUBSCRIBERS));
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void theSecretsAreStoredAndReadButNeverPrinted() {
        assertTrue(SensitiveTour.subscribe(db, "ada@example.org", "tok-4f1c"));
        assertFalse(SensitiveTour.subscribe(db, "ada@example.org", "tok-9e2b"));
        assertEquals("tok-4f1c", SensitiveTour.cardTokenOf(db, "ada@example.org"));
        String printed = String.join("\n", PRINTED);
        assertTrue(printed.contains("insert subscribers: INSERT INTO"), printed);
        assertTrue(printed.contains("[***, ***, 'basic']"), printed);
        for (String secret : List.of("ada@example.org", "tok-4f1c", "tok-9e2b")) {
            assertFalse(printed.contains(secret), () -> "printed " + secret + ":\n" + printed);
        }
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTour() throws IOException {
        TourShop.assertDocsShow("../docs/observability.md", "SensitiveTour.java",
                List.of("sensitive-table", "sensitive-use", "sensitive-observer"));
    }
}
