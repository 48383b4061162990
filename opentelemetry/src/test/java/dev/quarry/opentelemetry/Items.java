package dev.quarry.opentelemetry;

import dev.quarry.jdbc.Database;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;

/** The table the tracing tests write. */
final class Items extends Table {
    static final Items ITEMS = new Items();

    final Column<Integer> id = integer("id");
    final Column<String> label = varchar("label", 64);
    final Column<Integer> stock = integer("stock");

    private Items() {
        super("otel_items");
        primaryKey(id);
    }

    /** Recreates the table with item 1 ("first", 10 in stock) and returns the database. */
    static Database fresh(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ITEMS);
            tx.createTable(ITEMS);
            tx.insertInto(ITEMS).set(ITEMS.id, 1).set(ITEMS.label, "first").set(ITEMS.stock, 10).execute();
        });
        return db;
    }
}
