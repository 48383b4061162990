package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** {@code stream(fetchSize)}: large results read a batch at a time, inside their transaction. */
class StreamTest {

    private static Database withAccounts(TestTarget target, int count) {
        Database db = Accounts.fresh(TestDatabases.of(target));
        db.inTransaction(tx -> {
            InsertQuery insert = tx.insertInto(ACCOUNTS);
            for (int id = 3; id <= count; id++) {
                insert = insert.set(ACCOUNTS.id, id).set(ACCOUNTS.owner, "owner " + id).set(ACCOUNTS.balance, id);
                if (id < count) {
                    insert = insert.newRow();
                }
            }
            insert.execute();
        });
        return db;
    }

    @OnEveryDialect
    void aStreamReadsEveryRowInOrderABatchAtATime(TestTarget target) {
        Database db = withAccounts(target, 3000);
        List<Integer> ids = db.transaction(tx -> {
            try (Stream<Row> rows = tx.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.id.asc()).stream(100)) {
                return rows.map(row -> row.get(ACCOUNTS.id)).toList();
            }
        });
        assertEquals(IntStream.rangeClosed(1, 3000).boxed().toList(), ids);
    }

    @OnEveryDialect
    void aStreamClosedEarlyLeavesTheTransactionUsable(TestTarget target) {
        Database db = withAccounts(target, 3000);
        db.inTransaction(tx -> {
            try (Stream<Row> rows = tx.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.id.asc()).stream(50)) {
                assertEquals(List.of(1, 2, 3), rows.limit(3).map(row -> row.get(ACCOUNTS.id)).toList());
            }
            Accounts.open(tx, 5000, "after the stream", 0);
            assertEquals(3001L, tx.selectFrom(ACCOUNTS).count());
        });
    }

    @OnEveryDialect
    void aStreamReadAfterItsTransactionEndedFailsClearly(TestTarget target) {
        Database db = withAccounts(target, 10);
        Stream<Row> escaped = db.transaction(tx -> tx.selectFrom(ACCOUNTS).stream(5));
        IllegalStateException failure = assertThrows(IllegalStateException.class, escaped::toList);
        assertTrue(failure.getMessage().contains("has already been committed"), failure.getMessage());
    }

    @OnEveryDialect
    void aFetchSizeBelowOneIsRefused(TestTarget target) {
        Database db = withAccounts(target, 3);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                () -> db.inTransaction(tx -> tx.selectFrom(ACCOUNTS).stream(0).close()));
        assertTrue(failure.getMessage().contains("fetch size"), failure.getMessage());
    }
}
