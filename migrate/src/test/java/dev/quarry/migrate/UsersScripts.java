package dev.quarry.migrate;

import java.nio.file.Path;
import java.util.List;

/** Three migrations in SQL every database runs: users (with a row), their email, and orders. */
public final class UsersScripts {
    public static final String CREATE_USERS = "0001_create_users.up.sql";
    public static final String CREATE_USERS_SQL = """
            -- the users; each with a name
            CREATE TABLE mr_users (
                id INTEGER NOT NULL PRIMARY KEY,
                name VARCHAR(64) NOT NULL
            );
            INSERT INTO mr_users (id, name) VALUES (1, 'ada; lovelace');
            """;
    static final String ADD_EMAIL = "0002_add_email.up.sql";
    static final String CREATE_ORDERS = "0003_create_orders.up.sql";

    private UsersScripts() {
    }

    public static ScriptDirectory write(Path directory) {
        return new ScriptDirectory(directory)
                .write(CREATE_USERS, CREATE_USERS_SQL)
                .write("0001_create_users.down.sql", "DROP TABLE mr_users;\n")
                .write(ADD_EMAIL, "ALTER TABLE mr_users ADD COLUMN email VARCHAR(128);\n")
                .write("0002_add_email.down.sql", "ALTER TABLE mr_users DROP COLUMN email;\n")
                .write(CREATE_ORDERS, "CREATE TABLE mr_orders (\n    id INTEGER NOT NULL PRIMARY KEY,\n"
                        + "    user_id INTEGER NOT NULL REFERENCES mr_users (id)\n);\n")
                .write("0003_create_orders.down.sql", "DROP TABLE mr_orders;\n");
    }

    static List<Long> versions(List<ExecutedMigration> executed) {
        return executed.stream().map(ExecutedMigration::version).toList();
    }

    static List<MigrationState> states(List<MigrationInfo> status) {
        return status.stream().map(MigrationInfo::state).toList();
    }
}
