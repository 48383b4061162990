package dev.quarry.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.Iterator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A million rows streamed through MySQL Connector/J in bounded memory: Connector/J reads a whole
 * result into memory unless the fetch size is {@link Integer#MIN_VALUE}, which Quarry sets for
 * this driver whatever the server (the MariaDB dialect would otherwise ask for a positive size).
 */
class ConnectorJStreamingTest {
    private static final int ROWS = 1_000_000;

    static final class Big extends Table {
        static final Big BIG = new Big();
        final Column<Integer> id = integer("id");
        final Column<String> payload = varchar("payload", 120);

        private Big() {
            super("cj_big");
            primaryKey(id);
        }
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @Test
    void aMillionRowsStreamInBoundedMemory() {
        Big big = Big.BIG;
        try (Database db = ConnectorJTarget.open("cj-stream", builder -> builder)) {
            db.inTransaction(tx -> {
                tx.dropTableIfExists(big);
                tx.createTable(big);
                // 100 x 100 x 100 rows made by the server, 100 bytes each: about 100 MB if held at once.
                tx.execute("INSERT INTO cj_big (id, payload) WITH RECURSIVE d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < 99)"
                        + " SELECT a.i * 10000 + b.i * 100 + c.i, REPEAT('x', 100) FROM d a, d b, d c");
            });
            long[] growth = new long[1];
            long[] read = new long[1];
            long[] idSum = new long[1];
            db.inTransaction(tx -> {
                long before = usedHeapAfterGc();
                try (Stream<Row> rows = tx.selectFrom(big).orderBy(big.id.asc()).stream(1000)) {
                    Iterator<Row> iterator = rows.iterator();
                    while (iterator.hasNext()) {
                        Row row = iterator.next();
                        idSum[0] += row.get(big.id);
                        read[0]++;
                        if (read[0] == ROWS / 2) {
                            growth[0] = usedHeapAfterGc() - before;
                        }
                    }
                }
            });
            assertEquals(ROWS, read[0]);
            assertEquals((long) ROWS * (ROWS - 1) / 2, idSum[0]);
            assertTrue(growth[0] < 32L * 1024 * 1024, "halfway through the result the heap grew by " + growth[0] / 1024 / 1024
                    + " MB; a streamed result holds a row at a time");
            db.inTransaction(tx -> tx.dropTable(big));
        }
    }
}
