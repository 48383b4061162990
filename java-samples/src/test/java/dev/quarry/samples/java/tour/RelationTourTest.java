package dev.quarry.samples.java.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.StaleRowException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the Java relations tour on SQLite. */
class RelationTourTest {

    @Test
    void writersComeWithTheirNovelsAndAStaleRenameFails() throws IOException {
        Path file = Files.createTempFile("relation-tour", ".db");
        try (Database db = Database.connect("jdbc:sqlite:" + file)) {
            RelationTour.stock(db);
            assertEquals(List.of(new RelationTour.WriterWithNovels("Jane Austen", List.of(
                    new RelationTour.Novel(11, "Emma", 1815), new RelationTour.Novel(10, "Persuasion", 1817)))),
                    RelationTour.britishWriters(db));
            RelationTour.NovelRow read = RelationTour.novel(db, 10);
            assertEquals(1L, RelationTour.rename(db, read, "Persuasion (1817)").version());
            assertThrows(StaleRowException.class, () -> RelationTour.rename(db, read, "Too late"));
            assertEquals("Persuasion (1817)", RelationTour.novel(db, 10).title());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
