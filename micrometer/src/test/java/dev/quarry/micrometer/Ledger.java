package dev.quarry.micrometer;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.TestTarget;
import dev.quarry.testkit.TestTargets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** The table the metrics tests write, and the databases they open on a test target. */
final class Ledger extends Table {
    static final Ledger LEDGER = new Ledger();
    private static final AtomicInteger OPENED = new AtomicInteger();

    final Column<Integer> id = integer("id");
    final Column<String> owner = varchar("owner", 32);
    final Column<Integer> balance = integer("balance");

    private Ledger() {
        super("metrics_ledger");
        primaryKey(id);
    }

    /**
     * Opens a database of its own on the target, named {@code prefix-target-n}, closed at the end of
     * the run. On MariaDB, REPEATABLE READ refuses to write over a change committed since the
     * transaction's snapshot only with {@code innodb_snapshot_isolation}; the others always do.
     */
    static Database open(TestTarget target, String prefix, UnaryOperator<DatabaseConfig.Builder> configure) {
        DatabaseConfig.Builder builder = DatabaseConfig.builder(target.jdbcUrl())
                .name(prefix + "-" + target.name() + "-" + OPENED.incrementAndGet())
                .poolSize(2);
        if (target.name().equals("mariadb")) {
            builder.property("sessionVariables", "innodb_snapshot_isolation=ON");
        }
        Database database = Database.connect(configure.apply(builder).build());
        TestTargets.closeAtEnd(database);
        return database;
    }

    /** Recreates the table with accounts 1 and 2, through a database without metrics. */
    static void recreate(TestTarget target) {
        try (Database setup = open(target, "metrics-setup", builder -> builder)) {
            setup.inTransaction(tx -> {
                tx.dropTableIfExists(LEDGER);
                tx.createTable(LEDGER);
                add(tx, 1, "ada", 100);
                add(tx, 2, "grace", 100);
            });
        }
    }

    static void add(Transaction tx, int id, String owner, int balance) {
        tx.insertInto(LEDGER).set(LEDGER.id, id).set(LEDGER.owner, owner).set(LEDGER.balance, balance).execute();
    }
}
