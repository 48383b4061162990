package dev.quarry.jdbc;

import static dev.quarry.jdbc.LoggedItems.ITEMS;

import dev.quarry.sql.IsolationLevel;
import dev.quarry.testkit.TestTarget;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** Databases of the log and observer tests, and the transactions they watch. */
final class ObserverScenarios {
    static final TransactionOptions RETRYING = TransactionOptions.DEFAULT.isolation(IsolationLevel.REPEATABLE_READ)
            .retry(RetryPolicy.onTransientFailure(3, Duration.ofMillis(5), Duration.ofMillis(50)));
    static final TransactionOptions NESTED = TransactionOptions.DEFAULT.propagation(Propagation.NESTED);
    static final TransactionOptions BRIEF = TransactionOptions.DEFAULT.timeout(Duration.ofMillis(400));

    private ObserverScenarios() {
    }

    /**
     * A database of its own on the target's server, named after the test and the target, with a
     * fresh {@link LoggedItems} table; on MariaDB, REPEATABLE READ refuses to write over a change
     * committed since its snapshot, as it does on the others.
     */
    static Database open(TestTarget target, String name, UnaryOperator<DatabaseConfig.Builder> configure) {
        Database shared = TestDatabases.of(target);
        UnaryOperator<DatabaseConfig.Builder> snapshots = shared.dialect().name().equals("mariadb")
                ? builder -> configure.apply(builder.property("sessionVariables", "innodb_snapshot_isolation=ON"))
                : configure;
        Database db = TestDatabases.openLike(shared, name + "-" + target.name(), 2, snapshots);
        LoggedItems.fresh(db);
        return db;
    }

    /**
     * A transaction whose first attempt reads item 1, sees another transaction change it and fails
     * to write it with a serialization failure; the second attempt commits.
     */
    static void serializationConflict(Database db) {
        AtomicInteger attempts = new AtomicInteger();
        db.inTransaction(RETRYING, tx -> {
            int seen = tx.selectFrom(ITEMS).where(ITEMS.id.eq(1)).fetchOne().get(ITEMS.quantity);
            if (attempts.incrementAndGet() == 1) {
                db.inTransaction(TransactionOptions.DEFAULT.propagation(Propagation.REQUIRES_NEW), other -> other.update(ITEMS)
                        .set(ITEMS.quantity, ITEMS.quantity.add(50)).where(ITEMS.id.eq(1)).execute());
            }
            tx.update(ITEMS).set(ITEMS.quantity, seen + 10).where(ITEMS.id.eq(1)).execute();
        });
        if (attempts.get() != 2) {
            throw new AssertionError("the conflict took " + attempts.get() + " attempts instead of 2");
        }
    }

    /** A transaction that runs past its 400 ms timeout in a slow statement; throws its timeout. */
    static void timeOut(Database db) {
        db.inTransaction(BRIEF, tx -> {
            LoggedItems.add(tx, 10, "late", 1);
            tx.execute(Accounts.slowStatement(db));
        });
    }
}
