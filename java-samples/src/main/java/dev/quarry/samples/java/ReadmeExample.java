package dev.quarry.samples.java;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import java.util.List;

/** The Java example of the README, compiled and run by this module's tests. */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    // readme:begin
    public static final class Users extends Table {
        public static final Users USERS = new Users();
        public final Column<Long> id = bigint("id").autoIncrement();
        public final Column<String> name = varchar("name", 64);
        public final Column<Integer> age = integer("age");

        private Users() {
            super("users");
        }
    }

    static List<Row> adults(Database db) {
        Users users = Users.USERS;
        return db.transaction(tx -> {
            tx.createTableIfNotExists(users);
            tx.insertInto(users).set(users.name, "Ada").set(users.age, 36).execute();
            tx.insertInto(users).set(users.name, "Linus").set(users.age, 12).execute();
            return tx.selectFrom(users).where(users.age.ge(18)).orderBy(users.name.asc()).fetch();
        });
    }
    // readme:end
}
