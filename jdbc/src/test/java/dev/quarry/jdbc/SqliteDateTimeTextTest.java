package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SQLite keeps date-times as text, and databases written by other tools spell them in every
 * ISO-8601 way; Quarry reads them all. PostgreSQL and MariaDB have native date-time types, whose
 * values the driver decodes, so the text forms do not apply there.
 */
class SqliteDateTimeTextTest {

    static final class Stamps extends Table {
        static final Stamps STAMPS = new Stamps();
        final Column<Integer> id = integer("id");
        final Column<@Nullable LocalDateTime> local = datetime("local").nullable();
        final Column<@Nullable Instant> instant = timestamp("instant").nullable();

        private Stamps() {
            super("text_stamps");
            primaryKey(id);
        }
    }

    private static final List<String> WRITTEN_BY_OTHERS = List.of(
            "2024-05-06 07:08:09", "2024-05-06T07:08:09.5", "2024-05-06 07:08:09.123", "2024-05-06 07:08:09.123456789",
            "2024-05-06T09:08:09.123+02:00", "2024-05-06 07:08:09.123Z", "2024-05-06 07:08");
    private static final List<LocalDateTime> EXPECTED = List.of(
            LocalDateTime.of(2024, 5, 6, 7, 8, 9), LocalDateTime.of(2024, 5, 6, 7, 8, 9, 500_000_000),
            LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000), LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_789),
            LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000), LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_000_000),
            LocalDateTime.of(2024, 5, 6, 7, 8));

    @OnEveryDialect
    void readsTheDateTimeTextOtherToolsWrite(TestTarget target) {
        Database db = TestDatabases.of(target);
        if (!db.dialect().name().equals("sqlite")) {
            assertNotEquals("sqlite", db.dialect().name(), "native date-time types: the driver decodes them, no text is read");
            return;
        }
        Stamps s = Stamps.STAMPS;
        db.inTransaction(tx -> {
            tx.dropTableIfExists(s);
            tx.createTable(s);
            for (int i = 0; i < WRITTEN_BY_OTHERS.size(); i++) {
                String text = WRITTEN_BY_OTHERS.get(i);
                tx.execute("INSERT INTO text_stamps (id, local, instant) VALUES (?, ?, ?)", i, text, text);
            }
        });
        List<Row> rows = db.transaction(tx -> tx.selectFrom(s).orderBy(s.id.asc()).fetch());
        assertEquals(EXPECTED, rows.stream().map(row -> row.get(s.local)).toList());
        assertEquals(EXPECTED.stream().map(value -> value.toInstant(java.time.ZoneOffset.UTC)).toList(),
                rows.stream().map(row -> row.get(s.instant)).toList());

        db.inTransaction(tx -> tx.execute("INSERT INTO text_stamps (id, local) VALUES (?, ?)", 100, 1_700_000_000L));
        RuntimeException failure = assertThrows(RuntimeException.class,
                () -> db.transaction(tx -> tx.selectFrom(s).where(s.id.eq(100)).fetchOne().get(s.local)));
        assertTrue(String.valueOf(failure.getMessage()).contains("1700000000"), failure::toString);
    }
}
