package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.sql.Column;
import dev.quarry.sql.Functions;
import dev.quarry.sql.IsolationLevel;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A transaction whose first statement is a plain read runs that read in auto-commit mode where
 * that changes nothing (PostgreSQL at READ COMMITTED), so a lone read costs no COMMIT round trip;
 * everywhere else the read stays inside the transaction. Evidence comes from the servers:
 * PostgreSQL's {@code pg_stat_activity} and {@code pg_locks},
 * and on every database the snapshot later statements see.
 */
class AutoCommitReadTest {
    private static final TransactionOptions REPEATABLE = TransactionOptions.DEFAULT.isolation(IsolationLevel.REPEATABLE_READ);
    private static final String APPLICATION = "quarry-autocommit-read";

    /** A table that is never created: reading it fails on the server. */
    static final class Missing extends Table {
        static final Missing MISSING = new Missing();
        final Column<Integer> id = integer("id");

        private Missing() {
            super("autocommit_read_missing");
        }
    }

    private static Database fresh(TestTarget target) {
        return Accounts.fresh(TestDatabases.of(target));
    }

    private static boolean splits(Database db) {
        return db.dialect().name().equals("postgresql");
    }

    private static int balance(Transaction tx, int account) {
        return tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(account)).fetchOne().get(ACCOUNTS.balance);
    }

    private static void deposit(Database db, int account) {
        db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW), tx -> tx.update(ACCOUNTS)
                .set(ACCOUNTS.balance, ACCOUNTS.balance.add(1)).where(ACCOUNTS.id.eq(account)).execute());
    }

    @OnEveryDialect
    void laterStatementsSeeTheSnapshotTheIsolationLevelPromises(TestTarget target) {
        Database db = fresh(target);
        // Default isolation: READ COMMITTED on PostgreSQL sees the deposit; MariaDB's REPEATABLE READ
        // and SQLite's serializable transactions keep the first read's snapshot.
        int[] seen = db.transaction(tx -> {
            int first = balance(tx, 1);
            deposit(db, 1);
            return new int[] {first, balance(tx, 1)};
        });
        assertEquals(100, seen[0]);
        assertEquals(splits(db) ? 101 : 100, seen[1]);

        int[] repeatable = db.transaction(REPEATABLE, tx -> {
            int first = balance(tx, 2);
            deposit(db, 2);
            return new int[] {first, balance(tx, 2)};
        });
        assertEquals(100, repeatable[0]);
        assertEquals(100, repeatable[1], "under REPEATABLE READ the first read belongs to the transaction");
    }

    @OnEveryDialect
    void aFailedFirstReadLeavesTheTransactionAsTheDatabaseLeavesIt(TestTarget target) {
        Database db = fresh(target);
        String split = outcomeAfterFailedRead(db, TransactionOptions.DEFAULT);
        String inside = outcomeAfterFailedRead(db, REPEATABLE);
        assertEquals(inside, split);
        // PostgreSQL refuses every statement after a failure, and its commit then rolls back.
        assertEquals(splits(db) ? "next statement failed" : "committed 100", split);
    }

    private static String outcomeAfterFailedRead(Database db, TransactionOptions options) {
        try {
            return db.transaction(options, tx -> {
                assertThrows(DataAccessException.class, () -> tx.selectFrom(Missing.MISSING).fetch());
                try {
                    return "committed " + balance(tx, 1);
                } catch (DataAccessException e) {
                    return "next statement failed";
                }
            });
        } catch (DataAccessException e) {
            return "commit failed";
        }
    }

    @OnEveryDialect
    void onPostgreSqlALoneReadLeavesNoTransactionOpenToCommit(TestTarget target) throws SQLException {
        Database shared = fresh(target);
        if (!splits(shared)) {
            // MariaDB (REPEATABLE READ by default, and a driver that pays a round trip to switch
            // auto-commit) and SQLite (serializable) keep the read inside the transaction: the test
            // above shows its snapshot holding for later statements.
            assertTrue(List.of("mariadb", "mysql", "sqlite").contains(shared.dialect().name()));
            return;
        }
        List<String> states = new CopyOnWriteArrayList<>();
        try (Connection watcher = DriverManager.getConnection(shared.config().url())) {
            Database db = TestDatabases.openLike(shared, "autocommit-read", 1, builder -> builder
                    .property("ApplicationName", APPLICATION)
                    .statementListener(statement -> states.add(stateOf(watcher))));
            db.transaction(tx -> balance(tx, 1));
            db.transaction(TransactionOptions.DEFAULT.readOnly(), tx -> balance(tx, 1));
            db.transaction(TransactionOptions.DEFAULT.isolation(IsolationLevel.READ_COMMITTED), tx -> balance(tx, 1));
            assertEquals(List.of("idle", "idle", "idle"), states, "no transaction was open after the lone reads");
            states.clear();

            db.transaction(REPEATABLE, tx -> balance(tx, 1));
            db.transaction(tx -> tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(1)).forUpdate().fetch());
            db.transaction(tx -> tx.selectFrom(ACCOUNTS).where(Functions.sqlCondition("1 = 1")).fetch());
            // SET TRANSACTION for REPEATABLE READ, then the three reads.
            assertEquals(4, states.size(), states::toString);
            assertTrue(states.stream().allMatch("idle in transaction"::equals),
                    "REPEATABLE READ, a locking read and a read with SQL text of the application's own begin the transaction: " + states);
        }
    }

    private static String stateOf(Connection watcher) {
        try (var statement = watcher.prepareStatement("SELECT state FROM pg_stat_activity WHERE application_name = ?")) {
            statement.setString(1, APPLICATION);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : "no session";
            }
        } catch (SQLException e) {
            return e.toString();
        }
    }

    @OnEveryDialect
    void onPostgreSqlTheTransactionBeginsWithTheSecondStatement(TestTarget target) {
        Database db = fresh(target);
        if (!splits(db)) {
            assertTrue(List.of("mariadb", "mysql", "sqlite").contains(db.dialect().name()),
                    "the first read stays inside the transaction here; see the snapshot test");
            return;
        }
        // A read holds its table's ACCESS SHARE lock until its transaction ends.
        String evidence = "SELECT COUNT(*) AS locks FROM pg_locks WHERE pid = pg_backend_pid()"
                + " AND relation = 'tx_accounts_java'::regclass";
        Function<TransactionOptions, Row> afterRead = options -> db.transaction(options, tx -> {
            balance(tx, 1);
            return tx.fetch(evidence).get(0);
        });
        Row split = afterRead.apply(TransactionOptions.DEFAULT);
        assertEquals(0L, split.get("locks", Number.class).longValue(), "the first read was not part of it");

        Row inside = afterRead.apply(REPEATABLE);
        assertTrue(inside.get("locks", Number.class).longValue() >= 1, "under REPEATABLE READ the read was part of it");
    }
}
