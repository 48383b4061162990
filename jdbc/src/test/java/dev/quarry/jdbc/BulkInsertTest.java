package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.Dialects;
import dev.quarry.sql.Functions;
import dev.quarry.sql.SqlType;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Inserts of many rows: built in linear time, run as one COPY (PostgreSQL), one JDBC batch or split
 * under each dialect's limit of bind values, all or nothing.
 */
class BulkInsertTest {

    /** Enough rows of three values each for three statements under the dialect's limit. */
    private static List<Integer> idsForThreeStatements(Database db) {
        int rowsPerStatement = db.dialect().maxBindParameters() / 3;
        return IntStream.rangeClosed(3, 2 + 2 * rowsPerStatement + 7).boxed().toList();
    }

    @OnEveryDialect
    void plainValuesRunAsOneCopyOrBatchWhereTheDialectHasOneAndAsStatementsUnderTheLimitElsewhere(TestTarget target) {
        Database db = Accounts.fresh(TestDatabases.of(target));
        List<Integer> ids = idsForThreeStatements(db);
        long inserts = insertAndCountStatements(db, ids, (row, id) -> row.set(ACCOUNTS.id, id)
                .set(ACCOUNTS.owner, "owner " + id).set(ACCOUNTS.balance, id));
        boolean oneStatement = db.dialect().name().equals(Dialects.POSTGRESQL.name()) || db.dialect().batchesRowInserts(false);
        assertEquals(oneStatement ? 1 : 3, inserts);
        assertEquals(ids.get(ids.size() - 1), Accounts.balanceOf(db, ids.get(ids.size() - 1)));
    }

    @OnEveryDialect
    void computedValuesRunAsStatementsUnderTheLimitOnEveryDialect(TestTarget target) {
        Database db = Accounts.fresh(TestDatabases.of(target));
        List<Integer> ids = idsForThreeStatements(db);
        long inserts = insertAndCountStatements(db, ids, (row, id) -> row.set(ACCOUNTS.id, id)
                .set(ACCOUNTS.owner, "owner " + id).set(ACCOUNTS.balance, Functions.value(id, SqlType.INTEGER).add(1)));
        assertEquals(3, inserts);
        assertEquals(ids.get(ids.size() - 1) + 1, Accounts.balanceOf(db, ids.get(ids.size() - 1)));
    }

    /** Inserts the rows, checks they all arrived, and returns how many INSERT or COPY statements ran. */
    private static long insertAndCountStatements(Database db, List<Integer> ids, InsertQuery.RowFiller<Integer> filler) {
        TestDatabases.drainExecuted();
        int written = db.transaction(tx -> tx.insertInto(ACCOUNTS).rows(ids, filler).execute());
        assertEquals(ids.size(), written);
        long inserts = TestDatabases.drainExecuted().stream().filter(s -> s.sql().startsWith("INSERT") || s.sql().startsWith("COPY")).count();
        assertEquals(ids.size() + 2L, (long) db.transaction(tx -> tx.selectFrom(ACCOUNTS).count()));
        return inserts;
    }

    @OnEveryDialect
    void aFailureInALaterStatementUndoesTheEarlierOnes(TestTarget target) {
        Database db = Accounts.fresh(TestDatabases.of(target));
        List<Integer> ids = idsForThreeStatements(db);
        db.inTransaction(tx -> {
            DataAccessException duplicate = assertThrows(DataAccessException.class, () -> tx.insertInto(ACCOUNTS)
                    .rows(ids, (row, id) -> row.set(ACCOUNTS.id, id == ids.get(ids.size() - 1) ? 1 : id)
                            .set(ACCOUNTS.owner, "owner").set(ACCOUNTS.balance, 0))
                    .execute());
            assertTrue(duplicate.sql().startsWith(db.dialect().name().equals(Dialects.POSTGRESQL.name()) ? "COPY" : "INSERT"), duplicate.sql());
            // The transaction goes on without any of the rows.
            assertEquals(2L, tx.selectFrom(ACCOUNTS).count());
            Accounts.open(tx, 3, "alan", 0);
        });
        assertEquals(List.of("ada", "grace", "alan"), Accounts.owners(db));
    }

    @OnEveryDialect
    void aRowThatSetsNothingIsRefusedBeforeAnySql(TestTarget target) {
        Database db = Accounts.fresh(TestDatabases.of(target));
        InvalidQueryException empty = assertThrows(InvalidQueryException.class, () -> db.inTransaction(tx ->
                tx.insertInto(ACCOUNTS).rows(List.of(1, 2), (row, id) -> id == 1 ? row.set(ACCOUNTS.id, 7)
                        .set(ACCOUNTS.owner, "x").set(ACCOUNTS.balance, 0) : row).execute()));
        assertTrue(empty.getMessage().contains("a row sets no values"), empty.getMessage());
    }
}
