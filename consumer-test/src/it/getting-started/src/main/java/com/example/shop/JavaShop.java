// docs:java-start
package com.example.shop;

import dev.quarry.jdbc.Database;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.List;

public final class JavaShop {
    public static final class Customers extends Table {
        public static final Customers CUSTOMERS = new Customers();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> name = varchar("name", 64);
        public final Column<Integer> age = integer("age");

        private Customers() {
            super("customers");
        }
    }

    public record Customer(long id, String name, int age) {
    }

    static List<Customer> adults(Database db) {
        Customers customers = Customers.CUSTOMERS;
        return db.transaction(tx -> {
            tx.createTableIfNotExists(customers);
            tx.insertInto(customers).set(customers.name, "Ada").set(customers.age, 36).execute();
            tx.insertInto(customers).set(customers.name, "Linus").set(customers.age, 12).execute();
            return tx.selectFrom(customers).where(customers.age.ge(18)).orderBy(customers.name.asc())
                    .fetchInto(Customer.class);
        });
    }

    public static void main(String[] args) {
        try (Database db = Database.connect("jdbc:sqlite:" + args[0])) {
            List<Customer> found = adults(db);
            System.out.println(found);
            if (!found.stream().map(Customer::name).toList().equals(List.of("Ada"))) {
                throw new IllegalStateException("expected only Ada, got " + found);
            }
        }
    }
}
// docs:end
