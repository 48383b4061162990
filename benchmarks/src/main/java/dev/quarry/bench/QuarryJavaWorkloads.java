package dev.quarry.bench;

import static dev.quarry.bench.BenchTables.ACCOUNTS;
import static dev.quarry.bench.BenchTables.INSERTED;
import static dev.quarry.bench.BenchTables.LEDGER;
import static dev.quarry.bench.BenchTables.ORDERS;
import static dev.quarry.bench.BenchTables.STREAMED;
import static dev.quarry.bench.BenchTables.USERS;
import static dev.quarry.sql.Functions.count;
import static dev.quarry.sql.Functions.sum;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.sql.Analytic;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import java.util.List;
import java.util.stream.Stream;

/** The workloads through Quarry's Java facade, one transaction per operation. */
public final class QuarryJavaWorkloads {
    private static final Analytic.Aggregate<Long> ORDER_COUNT = count();
    private static final Analytic.Aggregate<Long> ORDER_TOTAL = sum(ORDERS.amount);

    private final Database db;

    public QuarryJavaWorkloads(Database db) {
        this.db = db;
    }

    public User pointSelect(long id) {
        return db.transaction(tx -> user(tx.selectFrom(USERS).where(USERS.id.eq(id)).fetchOne()));
    }

    public List<User> rangeSelect(int fromAge, int toAge) {
        return db.transaction(tx -> tx.selectFrom(USERS).where(USERS.age.between(fromAge, toAge))
                .orderBy(USERS.id.asc()).fetch().stream().map(QuarryJavaWorkloads::user).toList());
    }

    public List<User> rangeSelectIntoRecords(int fromAge, int toAge) {
        return db.transaction(tx -> tx.selectFrom(USERS).where(USERS.age.between(fromAge, toAge))
                .orderBy(USERS.id.asc()).fetchInto(User.class));
    }

    public int batchInsert(List<User> users) {
        return db.transaction(tx -> tx.insertInto(INSERTED).rows(users, (row, user) -> row
                .set(INSERTED.id, user.id()).set(INSERTED.name, user.name()).set(INSERTED.age, user.age())
                .set(INSERTED.city, user.city())).execute());
    }

    public int updateAndDelete(long firstAccount) {
        long last = firstAccount + BenchData.UPDATED_ACCOUNTS - 1;
        return db.transaction(tx -> tx.update(ACCOUNTS).set(ACCOUNTS.balance, ACCOUNTS.balance.add(1L))
                .where(ACCOUNTS.id.between(firstAccount, last)).execute()
                + tx.deleteFrom(LEDGER).where(LEDGER.accountId.between(firstAccount, last)).execute());
    }

    public List<CitySpend> joinAggregate(String status, long minOrders) {
        return db.transaction(tx -> tx.select(USERS.city, ORDER_COUNT, ORDER_TOTAL).from(USERS)
                .join(ORDERS, ORDERS.userId.eq(USERS.id))
                .where(ORDERS.status.eq(status))
                .groupBy(USERS.city)
                .having(count().gt(minOrders))
                .orderBy(USERS.city.asc())
                .fetch().stream()
                .map(row -> new CitySpend(row.get(USERS.city), row.get(ORDER_COUNT), row.get(ORDER_TOTAL)))
                .toList());
    }

    public long stream(int fetchSize) {
        return db.transaction(tx -> {
            try (Stream<Row> rows = tx.selectFrom(STREAMED).stream(fetchSize)) {
                return rows.mapToLong(row -> row.get(STREAMED.id) + row.get(STREAMED.label).length()
                        + row.get(STREAMED.amount)).sum();
            }
        });
    }

    /** Untimed, between W3's operations: empties its table. */
    public void emptyInserted() {
        db.inTransaction(tx -> empty(tx, INSERTED));
    }

    /** Untimed, before each W4 operation: the ledger holds one entry per account from {@code first} on. */
    public void refillLedger(long first) {
        db.inTransaction(tx -> {
            empty(tx, LEDGER);
            tx.insertInto(LEDGER).rows(BenchData.ledgerIds(first), (row, id) -> row
                    .set(LEDGER.id, id).set(LEDGER.accountId, id).set(LEDGER.amount, 1)).execute();
        });
    }

    /**
     * Empties a table between operations. PostgreSQL truncates it: deleted rows would stay behind
     * as dead tuples until a vacuum, and the clients measured later would scan more of them.
     */
    private static void empty(Transaction tx, Table table) {
        if (tx.dialect().name().equals("postgresql")) {
            tx.execute("TRUNCATE " + table.tableName());
        } else {
            tx.deleteFrom(table).execute();
        }
    }

    /**
     * Untimed, before each iteration of W4: on PostgreSQL, vacuums the accounts the updates leave
     * old row versions of, so every client starts from the same table.
     */
    public void vacuumAccounts() {
        if (db.dialect().name().equals("postgresql")) {
            db.internals().withConnection(connection -> {
                try (java.sql.Statement vacuum = connection.createStatement()) {
                    return vacuum.execute("VACUUM " + ACCOUNTS.tableName());
                }
            });
        }
    }

    /** W7: builds the query of two joins and a six-condition filter, and renders it. */
    public static String render(dev.quarry.dialect.Dialect dialect, int minAge, String city) {
        Condition filter = USERS.age.ge(minAge).and(USERS.active.eq(true))
                .and(USERS.city.eq(city).or(USERS.city.eq("Oslo")))
                .and(ORDERS.amount.gt(100).or(ORDERS.status.eq("paid")));
        return Select.of(USERS.name, ORDERS.amount, ACCOUNTS.balance).fromTable(USERS)
                .join(ORDERS, ORDERS.userId.eq(USERS.id))
                .join(ACCOUNTS, ACCOUNTS.id.eq(USERS.id))
                .where(filter)
                .orderBy(USERS.id.asc())
                .limit(50)
                .toSql(dialect).sql();
    }

    private static User user(Row row) {
        return new User(row.get(USERS.id), row.get(USERS.name), row.get(USERS.age), row.get(USERS.city), row.get(USERS.active));
    }
}
