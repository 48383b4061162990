package dev.quarry.bench;

import static dev.quarry.bench.BenchTables.ACCOUNTS;
import static dev.quarry.bench.BenchTables.INSERTED;
import static dev.quarry.bench.BenchTables.LEDGER;
import static dev.quarry.bench.BenchTables.ORDERS;
import static dev.quarry.bench.BenchTables.STREAMED;
import static dev.quarry.bench.BenchTables.USERS;

import dev.quarry.jdbc.Database;
import dev.quarry.sql.Table;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * The benchmark data, the same for every client and run: created once per database and kept, so a
 * later run or fork finds it in place.
 */
public final class BenchData {
    public static final int USER_COUNT = 10_000;
    public static final int ORDER_COUNT = 50_000;
    public static final int INSERT_BATCH = 10_000;
    public static final int BULK_LOAD = 100_000;
    public static final int STREAMED_ROWS = 1_000_000;
    public static final int UPDATED_ACCOUNTS = 100;
    static final List<String> CITIES = List.of("Amsterdam", "Berlin", "Cairo", "Dakar", "Edinburgh", "Florence",
            "Geneva", "Hanoi", "Istanbul", "Jakarta", "Kyoto", "Lima", "Madrid", "Nairobi", "Oslo", "Porto", "Quito",
            "Riga", "Seoul", "Tunis");
    static final List<String> STATUSES = List.of("new", "paid", "shipped", "cancelled");

    private BenchData() {
    }

    static String city(long n) {
        return CITIES.get((int) (n % CITIES.size()));
    }

    /** Creates the tables and fills them where they are not filled yet. */
    static void ensure(Database db, int streamedRows) {
        db.inTransaction(tx -> {
            for (Table table : List.of(USERS, ORDERS, ACCOUNTS, LEDGER, INSERTED, STREAMED)) {
                tx.createTableIfNotExists(table);
            }
        });
        if (db.transaction(tx -> tx.selectFrom(USERS).count()) != USER_COUNT) {
            db.inTransaction(tx -> {
                tx.deleteFrom(USERS).execute();
                tx.insertInto(USERS).rows(LongStream.rangeClosed(1, USER_COUNT).boxed().toList(), (row, id) -> row
                        .set(USERS.id, id).set(USERS.name, "user-" + id).set(USERS.age, (int) (id % 100))
                        .set(USERS.city, city(id)).set(USERS.active, id % 3 != 0)).execute();
            });
        }
        if (db.transaction(tx -> tx.selectFrom(ORDERS).count()) != ORDER_COUNT) {
            db.inTransaction(tx -> {
                tx.deleteFrom(ORDERS).execute();
                tx.insertInto(ORDERS).rows(LongStream.rangeClosed(1, ORDER_COUNT).boxed().toList(), (row, id) -> row
                        .set(ORDERS.id, id).set(ORDERS.userId, id * 7 % USER_COUNT + 1).set(ORDERS.amount, (int) (id % 500))
                        .set(ORDERS.status, STATUSES.get((int) (id % STATUSES.size())))).execute();
            });
        }
        if (db.transaction(tx -> tx.selectFrom(ACCOUNTS).count()) != USER_COUNT) {
            db.inTransaction(tx -> {
                tx.deleteFrom(ACCOUNTS).execute();
                tx.insertInto(ACCOUNTS).rows(LongStream.rangeClosed(1, USER_COUNT).boxed().toList(), (row, id) -> row
                        .set(ACCOUNTS.id, id).set(ACCOUNTS.balance, 1_000L)).execute();
            });
        }
        if (db.transaction(tx -> tx.selectFrom(STREAMED).count()) != streamedRows) {
            fillStreamed(db, streamedRows);
        }
    }

    /** Fills the streamed table inside the database, so no client holds a million rows to insert them. */
    private static void fillStreamed(Database db, int rows) {
        String insert = "INSERT INTO bench_streamed (id, label, amount) ";
        db.inTransaction(tx -> {
            tx.deleteFrom(STREAMED).execute();
            switch (db.dialect().name()) {
                case "postgresql" -> tx.execute(insert + "SELECT g, 'row-' || g, g % 1000 FROM generate_series(1, ?) AS g", rows);
                case "sqlite" -> tx.execute(insert + "WITH RECURSIVE n(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM n"
                        + " WHERE id < ?) SELECT id, 'row-' || id, id % 1000 FROM n", rows);
                // MariaDB's sequence engine: a table of the numbers 1 to rows.
                default -> tx.execute(insert + "SELECT seq, CONCAT('row-', seq), seq % 1000 FROM seq_1_to_" + rows);
            }
        });
    }

    /** The ids of W4's ledger entries for the accounts from {@code first} on. */
    static List<Long> ledgerIds(long first) {
        return LongStream.range(first, first + UPDATED_ACCOUNTS).boxed().toList();
    }

    /** The rows W3 inserts. */
    static List<User> insertBatch() {
        return inserted(INSERT_BATCH);
    }

    /** W9's rows. */
    static List<User> bulkLoad() {
        return inserted(BULK_LOAD);
    }

    private static List<User> inserted(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(id -> new User(id, "inserted-" + id, id % 100, city(id), true)).toList();
    }
}
