package dev.quarry.jdbc;

import static dev.quarry.sql.ReferenceAction.CASCADE;
import static dev.quarry.sql.ReferenceAction.SET_NULL;

import dev.quarry.sql.Column;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Customers and their orders, with every kind of constraint, index and default the databases enforce. */
final class Shop {
    static final Customers CUSTOMERS = new Customers();
    static final Orders ORDERS = new Orders();

    private Shop() {
    }

    static final class Customers extends Table {
        final Column<Long> id = bigint("id").autoIncrement();
        final Column<String> email = varchar("email", 64).unique();
        final Column<String> country = varchar("country", 2);
        final Column<Integer> number = integer("number");

        private Customers() {
            super("ct_customers");
            unique("uq_ct_customers_national", country, number);
        }
    }

    static final class Orders extends Table {
        final Column<Integer> id = integer("id");
        final Column<Long> customerId = bigint("customer_id").references(CUSTOMERS.id, CASCADE);
        final Column<@Nullable Long> referrerId = bigint("referrer_id").nullable().references(CUSTOMERS.id, SET_NULL);
        final Column<Integer> quantity = integer("quantity");
        final Column<String> code = varchar("code", 36).clientDefault(() -> UUID.randomUUID().toString());
        final Column<String> status = varchar("status", 16).defaultValue("new");
        final Column<String> note = text("note").defaultValue("it's a \\ note");
        final Column<Boolean> gift = bool("gift").defaultValue(false);
        final Column<Instant> createdAt = timestamp("created_at").defaultExpression(Functions.currentTimestamp());
        final Column<LocalDateTime> changedAt = datetime("changed_at").defaultExpression(Functions.currentDateTime());
        final Column<LocalDate> placedOn = date("placed_on").defaultExpression(Functions.currentDate());

        private Orders() {
            super("ct_orders");
            primaryKey(id);
            check("ck_ct_orders_quantity", quantity.gt(0).and(quantity.le(100)));
            check("ck_ct_orders_note", note.ne("no \\ 'no'"));
            uniqueIndex(code);
            index(customerId, createdAt);
        }
    }

    /** Drops and creates the tables on a database; returns it. */
    static Database fresh(Database db) {
        db.inTransaction(tx -> {
            tx.dropTableIfExists(ORDERS);
            tx.dropTableIfExists(CUSTOMERS);
            tx.createTable(CUSTOMERS);
            tx.createTable(ORDERS);
        });
        return db;
    }

    /** Inserts a customer and returns its id. */
    static long customer(Database db, String email, String country, int number) {
        return db.transaction(tx -> tx.insertInto(CUSTOMERS).set(CUSTOMERS.email, email).set(CUSTOMERS.country, country)
                .set(CUSTOMERS.number, number).executeAndGetId());
    }
}
