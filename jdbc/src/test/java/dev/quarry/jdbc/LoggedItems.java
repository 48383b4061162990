package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** The table the log, observer and plan tests use: items with a name and a count. */
final class LoggedItems extends Table {
    static final LoggedItems ITEMS = new LoggedItems();

    final Column<Integer> id = integer("id");
    final Column<String> name = varchar("name", 32);
    final Column<Integer> quantity = integer("quantity");

    private LoggedItems() {
        super("obs_items");
        primaryKey(id);
    }

    /** Recreates the table with items 1 (apple, 3) and 2 (pear, 5). */
    static void fresh(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ITEMS);
            tx.createTable(ITEMS);
            add(tx, 1, "apple", 3);
            add(tx, 2, "pear", 5);
        });
    }

    static void add(Transaction tx, int id, String name, int quantity) {
        tx.insertInto(ITEMS).set(ITEMS.id, id).set(ITEMS.name, name).set(ITEMS.quantity, quantity).execute();
    }
}
