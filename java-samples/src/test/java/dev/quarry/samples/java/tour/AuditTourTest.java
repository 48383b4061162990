package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.AuditTour.Deposits.DEPOSITS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.jdbc.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java audit tour on SQLite: the log it prints is the one the Kotlin tour prints. */
class AuditTourTest {
    private static Path file;
    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        file = Files.createTempFile("audit-tour", ".db");
        db = AuditTour.openBank("jdbc:sqlite:" + file);
        db.inTransaction(tx -> tx.createTableIfNotExists(DEPOSITS));
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void theAuditLogShowsEveryChangeWithItsActorTheIbanMasked() {
        AuditTour.CURRENT_USER.set("ada");
        long id = AuditTour.openDeposit(db, "ada", "DE89370400440532013000", 500);
        AuditTour.CURRENT_USER.set("payroll");
        AuditTour.payOut(db, id, 120);
        AuditTour.CURRENT_USER.remove();
        String before = "{\"id\":" + id + ",\"owner\":\"ada\",\"balance\":500,\"iban\":\"***\"}";
        String after = "{\"id\":" + id + ",\"owner\":\"ada\",\"balance\":380,\"iban\":\"***\"}";
        assertEquals(List.of(
                "INSERT {\"id\":" + id + "} by ada: null -> " + before,
                "UPDATE {\"id\":" + id + "} by payroll: " + before + " -> " + after),
                AuditTour.depositHistory(db));
    }

    @Test
    void aRestoredDepositIsAuditedAsWhatTheUpsertDid() {
        AuditTour.restoreDeposit(db, 900, "grace", "GB33BUKB20201555555555", 70);
        AuditTour.restoreDeposit(db, 900, "grace", "GB33BUKB20201555555555", 75);
        AuditTour.restoreDeposit(db, 900, "grace", "GB33BUKB20201555555555", 75);
        List<String> history = AuditTour.depositHistory(db).stream().filter(line -> line.contains("{\"id\":900}")).toList();
        assertEquals(List.of(
                "INSERT {\"id\":900} by null: null -> {\"id\":900,\"owner\":\"grace\",\"balance\":70,\"iban\":\"***\"}",
                "UPDATE {\"id\":900} by null: {\"id\":900,\"owner\":\"grace\",\"balance\":70,\"iban\":\"***\"}"
                        + " -> {\"id\":900,\"owner\":\"grace\",\"balance\":75,\"iban\":\"***\"}"),
                history, "the third restore changed nothing and wrote no audit row");
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTour() throws IOException {
        TourShop.assertDocsShow("../docs/governance.md", "AuditTour.java", List.of("audit-table", "audit-use", "audited-upsert"));
    }
}
