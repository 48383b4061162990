package dev.quarry.jdbc;

import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The table of the hook and validator tests: items with client-side checks on their values. */
final class HookItems extends Table {
    static final HookItems ITEMS = new HookItems();

    final Column<Integer> id = integer("id");
    final Column<String> name = varchar("name", 40).check("must not be blank", value -> !value.isBlank());
    final Column<Integer> price = integer("price").check("must be positive", value -> value > 0);
    final Column<Integer> minQuantity = integer("min_quantity");
    final Column<Integer> maxQuantity = integer("max_quantity");
    final Column<@Nullable Instant> updatedAt = timestamp("updated_at").nullable();
    final Column<@Nullable String> changedBy = varchar("changed_by", 40).nullable().check(value -> !value.isEmpty());

    private HookItems() {
        super("hook_items");
        primaryKey(id);
        validator("the maximum quantity must not be below the minimum", List.of(minQuantity, maxQuantity),
                row -> row.get(maxQuantity) >= row.get(minQuantity));
    }

    /** Recreates the table on a database. */
    static void recreate(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ITEMS);
            tx.createTable(ITEMS);
        });
    }

    static InsertQuery item(Transaction tx, int id, String name, int price) {
        return tx.insertInto(ITEMS).set(ITEMS.id, id).set(ITEMS.name, name).set(ITEMS.price, price)
                .set(ITEMS.minQuantity, 1).set(ITEMS.maxQuantity, 10);
    }
}
