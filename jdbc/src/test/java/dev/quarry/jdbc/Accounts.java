package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.List;

/** The table the transaction tests write: ada (1) and grace (2) with 100 each to start with. */
final class Accounts extends Table {
    static final Accounts ACCOUNTS = new Accounts();

    final Column<Integer> id = integer("id");
    final Column<String> owner = varchar("owner", 32);
    final Column<Integer> balance = integer("balance");

    private Accounts() {
        super("tx_accounts_java");
        primaryKey(id);
    }

    /** Recreates the table on the target's shared database and returns that database. */
    static Database fresh(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ACCOUNTS);
            tx.createTable(ACCOUNTS);
            open(tx, 1, "ada", 100);
            open(tx, 2, "grace", 100);
        });
        return db;
    }

    static void open(Transaction tx, int id, String owner, int balance) {
        tx.insertInto(ACCOUNTS).set(ACCOUNTS.id, id).set(ACCOUNTS.owner, owner).set(ACCOUNTS.balance, balance).execute();
    }

    static List<String> owners(Database db) {
        return db.transaction(tx -> tx.selectFrom(ACCOUNTS).orderBy(ACCOUNTS.id.asc()).fetch()).stream()
                .map(row -> row.get(ACCOUNTS.owner)).toList();
    }

    static int balanceOf(Database db, int account) {
        return db.transaction(tx -> tx.selectFrom(ACCOUNTS).where(ACCOUNTS.id.eq(account)).fetchOne().get(ACCOUNTS.balance));
    }

    /**
     * A database on which REPEATABLE READ refuses to write over a change committed since the
     * transaction's snapshot: MariaDB does so only with {@code innodb_snapshot_isolation}; the
     * others always, so they get the database itself.
     */
    static Database snapshotIsolated(Database db, String name) {
        return db.dialect().name().equals("mariadb")
                ? TestDatabases.openLike(db, name, 2,
                        builder -> builder.property("sessionVariables", "innodb_snapshot_isolation=ON"))
                : db;
    }

    /** SQL that keeps the server busy for a minute or more, to be cancelled. */
    static String slowStatement(Database db) {
        return switch (db.dialect().name()) {
            case "postgresql" -> "SELECT pg_sleep(60)";
            case "sqlite" -> "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000)"
                    + " SELECT count(*) FROM n";
            default -> "SELECT SLEEP(60)";
        };
    }
}
