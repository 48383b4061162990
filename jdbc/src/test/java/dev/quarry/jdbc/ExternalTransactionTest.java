package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Quarry's blocking transactions inside a transaction of another manager ({@link ExternalTransactions}). */
class ExternalTransactionTest {

    /** Runs a test on a database over an application's pool whose thread-bound transactions Quarry joins. */
    private static void withOuterManager(TestTarget target, OuterTest test) throws Exception {
        HikariConfig settings = new HikariConfig();
        settings.setJdbcUrl(target.jdbcUrl());
        settings.setMaximumPoolSize(3);
        try (HikariDataSource pool = new HikariDataSource(settings)) {
            ThreadBoundTransactions manager = new ThreadBoundTransactions(pool);
            try (Database db = Database.connect(DatabaseConfig.builder(pool).name("external-" + target.name())
                    .externalTransactions(manager).build())) {
                Accounts.fresh(db);
                test.run(db, manager);
            }
        }
    }

    /** Accounts as the given connection sees them, read with plain JDBC. */
    private static long accountsSeenBy(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM tx_accounts_java")) {
            result.next();
            return result.getLong(1);
        }
    }

    @OnEveryDialect
    void aBlockJoinsTheOuterTransactionOnItsConnectionAndLeavesTheEndToIt(TestTarget target) throws Exception {
        withOuterManager(target, (db, manager) -> {
            ThreadBoundTransactions.Outer outer = manager.begin();
            db.inTransaction(tx -> Accounts.open(tx, 3, "alan", 0));
            assertEquals(3, accountsSeenBy(outer.connection()), "the outer connection sees the joined write before any commit");
            assertFalse(outer.connection().getAutoCommit(), "Quarry leaves the outer connection's mode alone");
            db.inTransaction(tx -> db.inTransaction(inner -> Accounts.open(inner, 4, "edsger", 0)));
            assertEquals(2, outer.joins, "a block inside a joined block joins that one, without asking again");
            assertEquals(2, outer.releases);
            outer.end(false);
            assertEquals(List.of("ada", "grace"), Accounts.owners(db), "the outer rollback undoes what the blocks wrote");

            ThreadBoundTransactions.Outer committed = manager.begin();
            db.inTransaction(tx -> Accounts.open(tx, 5, "barbara", 0));
            committed.end(true);
            assertEquals(List.of("ada", "grace", "barbara"), Accounts.owners(db));
        });
    }

    @OnEveryDialect
    void aFailingBlockMarksTheOuterTransactionRollbackOnly(TestTarget target) throws Exception {
        withOuterManager(target, (db, manager) -> {
            ThreadBoundTransactions.Outer outer = manager.begin();
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                Accounts.open(tx, 3, "alan", 0);
                throw new IllegalStateException("fails on purpose");
            }));
            assertEquals("fails on purpose", failure.getMessage());
            assertTrue(outer.rollbackOnly, "a failed block marks the outer transaction");
            assertEquals(1, outer.releases);
            outer.end(true);
            assertEquals(List.of("ada", "grace"), Accounts.owners(db));

            ThreadBoundTransactions.Outer marked = manager.begin();
            db.inTransaction(tx -> {
                Accounts.open(tx, 3, "alan", 0);
                tx.setRollbackOnly();
            });
            assertTrue(marked.rollbackOnly, "a block marked rollback-only marks the outer transaction");
            marked.end(true);
            assertEquals(List.of("ada", "grace"), Accounts.owners(db));
        });
    }

    @OnEveryDialect
    void aNestedBlockRollsBackToItsSavepointAndTheOuterTransactionGoesOn(TestTarget target) throws Exception {
        withOuterManager(target, (db, manager) -> {
            ThreadBoundTransactions.Outer outer = manager.begin();
            db.inTransaction(tx -> Accounts.open(tx, 3, "alan", 0));
            assertThrows(IllegalStateException.class, () -> db.inTransaction(TransactionOptions.DEFAULT
                    .propagation(Propagation.NESTED), tx -> {
                Accounts.open(tx, 4, "edsger", 0);
                throw new IllegalStateException("fails on purpose");
            }));
            assertFalse(outer.rollbackOnly, "a nested block that failed rolled back to its savepoint only");
            assertEquals(3, accountsSeenBy(outer.connection()));
            outer.end(true);
            assertEquals(List.of("ada", "grace", "alan"), Accounts.owners(db));
        });
    }

    @OnEveryDialect
    void requiresNewAndAsyncWorkRunTheirOwnTransactions(TestTarget target) throws Exception {
        withOuterManager(target, (db, manager) -> {
            ThreadBoundTransactions.Outer outer = manager.begin();
            db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW),
                    tx -> Accounts.open(tx, 3, "alan", 0));
            db.transactionAsync(tx -> {
                Accounts.open(tx, 4, "edsger", 0);
                return null;
            }).get(10, TimeUnit.SECONDS);
            assertEquals(0, outer.joins, "REQUIRES_NEW and async work do not ask for the outer transaction");
            db.inTransaction(tx -> Accounts.open(tx, 5, "barbara", 0));
            outer.end(false);
            assertEquals(List.of("ada", "grace", "alan", "edsger"), Accounts.owners(db),
                    "what committed on its own stays when the outer transaction rolls back");
        });
    }

    @OnEveryDialect
    void withoutAnOuterTransactionABlockRunsItsOwn(TestTarget target) throws Exception {
        withOuterManager(target, (db, manager) -> {
            assertThrows(IllegalStateException.class, () -> db.inTransaction(tx -> {
                Accounts.open(tx, 3, "alan", 0);
                throw new IllegalStateException("fails on purpose");
            }));
            db.inTransaction(tx -> Accounts.open(tx, 4, "edsger", 0));
            assertEquals(List.of("ada", "grace", "edsger"), Accounts.owners(db));
            assertSame(ExternalTransactions.NONE, DatabaseConfig.builder("jdbc:sqlite::memory:").build().externalTransactions());
        });
    }

    @FunctionalInterface
    private interface OuterTest {
        void run(Database db, ThreadBoundTransactions manager) throws Exception;
    }
}
