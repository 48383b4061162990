package dev.quarry.jdbc;

import static dev.quarry.jdbc.Accounts.ACCOUNTS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapping of a query shape to a record class is resolved once and kept: shapes that select the
 * same columns in another order, under other names, or more shapes than are kept, each still map
 * every column to its own component.
 */
class RecordShapeTest {
    record Account(int id, String owner, int balance) {
    }

    record Renamed(int number, String owner, int balance) {
    }

    @OnEveryDialect
    void everyShapeMapsItsOwnColumns(TestTarget target) {
        Database db = Accounts.fresh(TestDatabases.of(target));
        Account ada = new Account(1, "ada", 100);
        for (int round = 0; round < 2; round++) {
            assertEquals(List.of(ada), db.transaction(tx -> tx.select(ACCOUNTS.id, ACCOUNTS.owner, ACCOUNTS.balance)
                    .from(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchInto(Account.class)));
            assertEquals(List.of(ada), db.transaction(tx -> tx.select(ACCOUNTS.balance, ACCOUNTS.id, ACCOUNTS.owner)
                    .from(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchInto(Account.class)));
            assertEquals(List.of(new Renamed(1, "ada", 100)), db.transaction(tx -> tx.select(ACCOUNTS.owner,
                    ACCOUNTS.id.as("number"), ACCOUNTS.balance).from(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchInto(Renamed.class)));
        }
        List<Account> many = new ArrayList<>();
        db.inTransaction(tx -> {
            for (int shape = 0; shape < 100; shape++) {
                many.addAll(tx.select(ACCOUNTS.id, ACCOUNTS.owner, ACCOUNTS.balance.add(shape).as("balance"))
                        .from(ACCOUNTS).where(ACCOUNTS.id.eq(1)).fetchInto(Account.class));
            }
        });
        for (int shape = 0; shape < 100; shape++) {
            assertEquals(new Account(1, "ada", 100 + shape), many.get(shape));
        }
    }
}
