package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.observation.BudgetViolation;
import dev.quarry.jdbc.observation.TransactionOutcome;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Query budgets under the FAIL policy: what counts, what the failure says, and that nothing is committed. */
class QueryBudgetTest {
    private static final TransactionOptions NESTED = TransactionOptions.DEFAULT.propagation(Propagation.NESTED);

    private static TransactionOptions budget(QueryBudget budget) {
        return TransactionOptions.DEFAULT.budget(budget);
    }

    private static QueryBudgetExceededException overBudget(Database db, TransactionOptions options, TransactionAction action) {
        return assertThrows(QueryBudgetExceededException.class, () -> db.inTransaction(options, action));
    }

    @OnEveryDialect
    void theStatementOverTheLimitIsNeverSentAndNothingIsCommitted(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        BudgetRecorder recorder = BudgetRecorder.observed(target);
        QueryBudgetExceededException failure = overBudget(db, budget(QueryBudget.NONE.maxStatements(3)), tx -> {
            for (int id = 3; id <= 6; id++) {
                Accounts.open(tx, id, "owner " + id, 0);
            }
        });
        assertTrue(failure.getMessage().contains("exceeded its budget of 3 statements: statement 4 was not sent"), failure.getMessage());
        assertTrue(failure.getMessage().contains("insert tx_accounts_java [INSERT INTO"), failure.getMessage());
        assertFalse(failure.getMessage().contains("owner 6"), "values never appear: " + failure.getMessage());
        assertEquals(3, recorder.accountStatements().size(), "the fourth insert was not sent");
        assertEquals(List.of(new BudgetViolation(QueryBudget.STATEMENTS, 3, 4, failure.violation().fingerprint(), true)),
                recorder.violations);
        assertEquals("insert tx_accounts_java", failure.violation().fingerprint().name());
        assertEquals(TransactionOutcome.ROLLED_BACK, recorder.ends.get(0).outcome());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void aCaughtBudgetFailureStillRollsTheTransactionBack(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        QueryBudgetExceededException failure = overBudget(db, budget(QueryBudget.NONE.maxStatements(1)), tx -> {
            Accounts.open(tx, 3, "alan", 0);
            assertThrows(QueryBudgetExceededException.class, () -> Accounts.open(tx, 4, "edsger", 0));
            assertTrue(tx.isRollbackOnly());
            QueryBudgetExceededException again = assertThrows(QueryBudgetExceededException.class, () -> tx.selectFrom(ACCOUNTS).count());
            assertTrue(again.getMessage().contains("can only roll back"), again.getMessage());
        });
        assertTrue(failure.getMessage().contains("it does not commit"), failure.getMessage());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void rowsReadFromAStreamCountAsTheyAreRead(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        db.inTransaction(tx -> {
            for (int id = 3; id <= 30; id++) {
                Accounts.open(tx, id, "owner " + id, id);
            }
        });
        List<Integer> read = new ArrayList<>();
        QueryBudgetExceededException failure = overBudget(db, budget(QueryBudget.NONE.maxRowsRead(25)), tx -> {
            try (Stream<Row> rows = tx.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.id.asc()).stream(10)) {
                rows.forEach(row -> read.add(row.get(ACCOUNTS.id)));
            }
        });
        assertEquals(20, read.size(), "the third batch passed the limit before its rows were handed out");
        assertTrue(failure.getMessage().contains("budget of 25 rows read: 30 rows read, the last of them by select tx_accounts_java"),
                failure.getMessage());
        assertEquals(30, failure.violation().actual());
    }

    @OnEveryDialect
    void rowsReturnedByQueriesAndCountsAddUp(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        db.inTransaction(budget(QueryBudget.NONE.maxRowsRead(3)), tx -> {
            assertEquals(2, tx.selectFrom(ACCOUNTS).fetch().size());
            assertEquals(2L, tx.selectFrom(ACCOUNTS).count());
            Accounts.open(tx, 3, "alan", 0);
        });
        QueryBudgetExceededException failure = overBudget(db, budget(QueryBudget.NONE.maxRowsRead(4)), tx -> {
            tx.selectFrom(ACCOUNTS).fetch();
            tx.fetch("SELECT owner FROM tx_accounts_java WHERE balance >= ?", 0);
        });
        assertEquals(new BudgetViolation(QueryBudget.ROWS_READ, 4, 6, failure.violation().fingerprint(), true), failure.violation());
        assertEquals(List.of("ada", "grace", "alan"), Accounts.owners(db));
    }

    @OnEveryDialect
    void theSameStatementGuardCountsInListsOfAnySizeAsOneStatement(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        BudgetRecorder recorder = BudgetRecorder.observed(target);
        QueryBudgetExceededException failure = overBudget(db, budget(QueryBudget.NONE.maxSameStatement(3)), tx -> {
            tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetch();
            for (int size = 1; size <= 4; size++) {
                List<Integer> ids = new ArrayList<>();
                for (int id = 1; id <= size; id++) {
                    ids.add(id);
                }
                tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.in(ids)).fetch();
            }
        });
        assertTrue(failure.getMessage().contains("budget of 3 runs of the same statement: select tx_accounts_java ["), failure.getMessage());
        assertTrue(failure.getMessage().contains("] ran 4 times"), failure.getMessage());
        assertTrue(failure.violation().fingerprint().text().contains("IN (?"), failure.violation().fingerprint().text());
        assertEquals(5, recorder.accountStatements().size(), "the fourth IN query ran: the guard checks after the statement");
    }

    @OnEveryDialect
    void aMultiRowInsertIsOneStatement(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        db.inTransaction(budget(QueryBudget.NONE.maxStatements(1)), tx -> tx.insertInto(ACCOUNTS)
                .set(ACCOUNTS.id, 3).set(ACCOUNTS.owner, "alan").set(ACCOUNTS.balance, 0).newRow()
                .set(ACCOUNTS.id, 4).set(ACCOUNTS.owner, "edsger").set(ACCOUNTS.balance, 0).execute());
        assertEquals(List.of("ada", "grace", "alan", "edsger"), Accounts.owners(db));
    }

    @OnEveryDialect
    void theStatementsThatSetIsolationAndReadOnlyModeDoNotCount(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        BudgetRecorder recorder = BudgetRecorder.observed(target);
        TransactionOptions options = budget(QueryBudget.NONE.maxStatements(1)).isolation(IsolationLevel.SERIALIZABLE).readOnly();
        long accounts = db.transaction(options, tx -> tx.selectFrom(ACCOUNTS).count());
        assertEquals(2L, accounts);
        assertEquals(List.of(), recorder.violations);
        if (!db.dialect().transactionStart(IsolationLevel.SERIALIZABLE, true).isEmpty()) {
            assertTrue(recorder.statements.size() > 1, "the set-up statements ran: " + recorder.statements);
        }
    }

    @OnEveryDialect
    void aBudgetExceededInANestedBlockRollsItBackAndTheOuterTransactionCannotCommit(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        BudgetRecorder recorder = BudgetRecorder.observed(target);
        QueryBudgetExceededException failure = overBudget(db, budget(QueryBudget.NONE.maxStatements(3)), outer -> {
            Accounts.open(outer, 3, "alan", 0);
            db.inTransaction(budget(QueryBudget.NONE), joined -> Accounts.open(joined, 4, "barbara", 0));
            assertThrows(QueryBudgetExceededException.class, () -> db.inTransaction(NESTED, nested -> {
                Accounts.open(nested, 5, "edsger", 0);
                Accounts.open(nested, 6, "linus", 0);
            }));
        });
        assertEquals(QueryBudget.STATEMENTS, failure.violation().budget());
        assertEquals(4, failure.violation().actual(), "the joined block counted against the outer budget");
        assertEquals(1, recorder.violations.size());
        assertEquals(List.of("ada", "grace"), Accounts.owners(db));
    }

    @OnEveryDialect
    void theDatabaseDefaultAppliesUnlessTheTransactionSetsItsOwnBudget(TestTarget target) {
        Database shared = Accounts.fresh(TestDatabases.of(target));
        Database db = TestDatabases.openLike(shared, "budget-default-" + target.name(), 2,
                builder -> builder.budget(QueryBudget.NONE.maxStatements(2)));
        try {
            QueryBudgetExceededException failure = overBudget(db, TransactionOptions.DEFAULT, tx -> {
                for (int n = 0; n < 3; n++) {
                    tx.selectFrom(ACCOUNTS).count();
                }
            });
            assertEquals(2, failure.violation().limit());
            db.inTransaction(budget(QueryBudget.NONE.maxStatements(4)), tx -> {
                for (int n = 0; n < 4; n++) {
                    tx.selectFrom(ACCOUNTS).count();
                }
            });
            db.inTransaction(budget(QueryBudget.NONE), tx -> {
                for (int n = 0; n < 10; n++) {
                    tx.selectFrom(ACCOUNTS).count();
                }
            });
            assertEquals(QueryBudget.NONE.maxStatements(2), db.config().budget());
        } finally {
            db.close();
        }
    }

    @OnEveryDialect
    void anAsyncTransactionOverBudgetCompletesWithTheFailure(TestTarget target) {
        Database db = BudgetRecorder.database(target);
        ExecutionException failure = assertThrows(ExecutionException.class, () -> db.transactionAsync(
                budget(QueryBudget.NONE.maxStatements(1)), tx -> tx.selectFrom(ACCOUNTS).count() + tx.selectFrom(ACCOUNTS).count()).get());
        assertInstanceOf(QueryBudgetExceededException.class, failure.getCause());
    }

    @Test
    void limitsMustBePositive() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> QueryBudget.NONE.maxStatements(0));
        assertEquals("the budget's maxStatements must be at least 1, got 0", zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> QueryBudget.NONE.maxRowsRead(-5));
        assertEquals("the budget's maxRowsRead must be at least 1, got -5", negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> QueryBudget.NONE.maxSameStatement(0));
        assertThrows(NullPointerException.class, () -> QueryBudget.NONE.policy(null));
        assertFalse(QueryBudget.NONE.isLimited());
        assertEquals("QueryBudget[maxStatements 5, WARN]", QueryBudget.NONE.maxStatements(5).policy(BudgetPolicy.WARN).toString());
    }
}
