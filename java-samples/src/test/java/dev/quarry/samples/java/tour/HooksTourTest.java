package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.HooksTour.Gigs.GIGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.ValidationException;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the Java hooks tour on SQLite. */
class HooksTourTest {
    private static final Instant NOW = Instant.parse("2026-05-01T20:00:00Z");
    private static Path file;
    private static Database db;

    @BeforeAll
    static void open() throws IOException {
        file = Files.createTempFile("hooks-tour", ".db");
        db = HooksTour.openBoxOffice("jdbc:sqlite:" + file, Clock.fixed(NOW, ZoneOffset.UTC));
        db.inTransaction(tx -> tx.createTable(GIGS));
    }

    @AfterAll
    static void close() throws IOException {
        db.close();
        Files.deleteIfExists(file);
    }

    @Test
    void validatorsReportEveryProblemOfTheRowAtOnce() {
        ValidationException failure = assertThrows(ValidationException.class, () -> HooksTour.addGig(db, " ", 0, 5));
        assertEquals(List.of("must not be blank", "must be positive", "cannot sell more seats than there are"),
                failure.violations().stream().map(ValidationException.Violation::message).toList());
    }

    @Test
    void bookingsAreStampedByTheHookAndToldAfterTheCommit() {
        long gig = HooksTour.addGig(db, "The Quarrymen", 100, 0);
        List<String> told = new CopyOnWriteArrayList<>();
        assertTrue(HooksTour.book(db, gig, 4, told::add));
        assertEquals(List.of("booked 4 seats for gig " + gig), told);
        Row row = db.transaction(tx -> tx.selectFrom(GIGS).where(GIGS.id.eq(gig)).fetchOne());
        assertEquals(4, row.get(GIGS.sold));
        assertEquals(NOW, row.get(GIGS.updatedAt));
    }

    @Test
    void deletesAreVetoedAndUnfilteredWritesRefused() {
        long gig = HooksTour.addGig(db, "Cavern Club", 50, 0);
        IllegalStateException veto = assertThrows(IllegalStateException.class,
                () -> db.inTransaction(tx -> tx.deleteFrom(GIGS).where(GIGS.id.eq(gig)).execute()));
        assertEquals("gigs are cancelled, never deleted", veto.getMessage());
        IllegalStateException unfiltered = assertThrows(IllegalStateException.class,
                () -> db.inTransaction(tx -> tx.update(GIGS).set(GIGS.sold, 0).execute()));
        assertTrue(unfiltered.getMessage().contains("needs a filter"), unfiltered.getMessage());
    }

    @Test
    void theDocsShowEverySnippetOfTheJavaTour() throws IOException {
        TourShop.assertDocsShow("../docs/governance.md", "HooksTour.java", List.of("validators", "hooks", "callbacks"));
    }
}
