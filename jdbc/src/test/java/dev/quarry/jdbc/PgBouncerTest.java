package dev.quarry.jdbc;

import static dev.quarry.jdbc.PoolerTables.ITEMS;
import static dev.quarry.jdbc.PoolerTables.labelOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.PgBouncer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDBC layer through a real PgBouncer in transaction-pooling mode (the pooler profile: see
 * {@link PgBouncer} for when it runs). With {@link DatabaseConfig.Builder#transactionPooler()}
 * transactions commit and roll back, many clients run the same statements many times, batches,
 * cursors and per-transaction settings work; without it, clients sharing a server connection
 * collide on the driver's named server-side statements, which is what the setting prevents.
 */
class PgBouncerTest {
    private static PgBouncer bouncer;

    @BeforeAll
    static void startPgBouncer() throws Exception {
        bouncer = PgBouncer.inFrontOfPostgres();
    }

    @AfterAll
    static void stopPgBouncer() throws Exception {
        if (bouncer != null) {
            bouncer.close();
        }
    }

    private static Database pooled(String name, int poolSize) {
        return PoolerTables.open(bouncer.jdbcUrl(), name, poolSize, DatabaseConfig.Builder::transactionPooler);
    }

    @Test
    void transactionsCommitAndRollBackThroughThePooler() {
        try (Database db = pooled("bouncer-commit", 2)) {
            PoolerTables.freshItems(db, 3);
            db.inTransaction(tx -> tx.update(ITEMS).set(ITEMS.label, "renamed").where(ITEMS.id.eq(1)).execute());
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                tx.deleteFrom(ITEMS).execute();
                throw new IllegalStateException("changed my mind");
            }));
            assertEquals("changed my mind", failure.getMessage());
            db.inTransaction(tx -> {
                tx.insertInto(ITEMS).set(ITEMS.id, 9).set(ITEMS.label, "rolled back").execute();
                tx.setRollbackOnly();
            });
            assertEquals(List.of("renamed", "item 2", "item 3"), db.transaction(tx -> tx.selectFrom(ITEMS).orderBy(ITEMS.id.asc())
                    .fetch().stream().map(row -> row.get(ITEMS.label)).toList()), "the commit stayed, both rollbacks left nothing");
        }
    }

    @Test
    void manyClientsRunTheSameStatementsManyTimesWithTheSetting() throws Exception {
        try (Database first = pooled("bouncer-many-1", 3); Database second = pooled("bouncer-many-2", 3)) {
            PoolerTables.freshItems(first, 20);
            List<CompletableFuture<Integer>> runs = new ArrayList<>();
            for (int client = 0; client < 8; client++) {
                Database db = client % 2 == 0 ? first : second;
                runs.add(db.transactionAsync(tx -> {
                    int found = 0;
                    for (int id = 1; id <= 20; id++) {
                        found += labelOf(tx, id).equals("item " + id) ? 1 : 0;
                    }
                    return found;
                }));
                runs.add(db.transactionAsync(tx -> labelOf(tx, 7).equals("item 7") ? 1 : 0));
            }
            int found = 0;
            for (CompletableFuture<Integer> run : runs) {
                found += run.get();
            }
            assertEquals(8 * 21, found, "every read of every client found its row");

            first.inTransaction(tx -> tx.deleteFrom(ITEMS).where(ITEMS.id.gt(10)).execute());
            int batch = first.transaction(tx -> {
                InsertQuery insert = tx.insertInto(ITEMS);
                for (int id = 11; id <= 400; id++) {
                    insert = insert.set(ITEMS.id, id).set(ITEMS.label, "batch " + id);
                    if (id < 400) {
                        insert = insert.newRow();
                    }
                }
                return insert.execute();
            });
            assertEquals(390, batch);
            long streamed = second.transaction(tx -> {
                try (Stream<Row> rows = tx.selectFrom(ITEMS).stream(50)) {
                    return rows.count();
                }
            });
            assertEquals(400, streamed, "a cursor read in batches of 50 within one transaction");
            TransactionOptions serializableReads = TransactionOptions.DEFAULT.isolation(IsolationLevel.SERIALIZABLE).readOnly();
            assertEquals("serializable", second.transaction(serializableReads,
                    tx -> String.valueOf(tx.fetch("SHOW transaction_isolation").get(0).get("transaction_isolation"))));
            assertEquals("read committed", second.transaction(
                    tx -> String.valueOf(tx.fetch("SHOW transaction_isolation").get(0).get("transaction_isolation"))),
                    "the isolation level did not stay on a server connection");
        }
    }

    @Test
    void withoutTheSettingClientsCollideOnNamedServerSideStatements() {
        try (Database setUp = pooled("bouncer-setup", 1)) {
            PoolerTables.freshItems(setUp, 3);
        }
        DataAccessException collision = null;
        try (Database first = PoolerTables.open(bouncer.jdbcUrl(), "bouncer-plain-1", 1, builder -> builder);
                Database second = PoolerTables.open(bouncer.jdbcUrl(), "bouncer-plain-2", 1, builder -> builder)) {
            for (int round = 0; round < 10 && collision == null; round++) {
                for (Database db : List.of(first, second)) {
                    try {
                        db.inTransaction(tx -> labelOf(tx, 2));
                    } catch (DataAccessException e) {
                        collision = e;
                        break;
                    }
                }
            }
        }
        assertNotNull(collision, "the driver names statements run 5 times; two clients on one server connection collide");
        assertTrue(collision.getMessage().contains("prepared statement \"S_"), collision.getMessage());
    }
}
