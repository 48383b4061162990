package dev.quarry.migrate.cli;

import java.util.ArrayList;
import java.util.List;

/** The options of commands that work on a database: where it is, who connects, where migrations are. */
public final class DatabaseOptions {
    /** Environment variable read for the password when {@code --password} is not given. */
    public static final String PASSWORD_VARIABLE = "QUARRY_MIGRATE_PASSWORD";

    public static final CommandOption URL =
            CommandOption.valued("url", "jdbc-url", "JDBC URL of the database").asRequired();
    public static final CommandOption USER = CommandOption.valued("user", "name", "database user");
    public static final CommandOption PASSWORD =
            CommandOption.valued("password", "secret", "password; or set " + PASSWORD_VARIABLE);
    public static final CommandOption LOCATION = CommandOption.valued("location", "dir|classpath:dir",
            "where migration scripts are; repeatable").asRepeatable();
    public static final CommandOption HISTORY_TABLE = CommandOption.valued("history-table", "name",
            "history table (default quarry_schema_history)");

    private DatabaseOptions() {
    }

    /** The connection options and {@code --location}, required or not, followed by the command's own. */
    public static List<CommandOption> with(boolean locationRequired, CommandOption... own) {
        List<CommandOption> options = new ArrayList<>(List.of(own));
        options.add(URL);
        options.add(USER);
        options.add(PASSWORD);
        options.add(locationRequired ? LOCATION.asRequired() : LOCATION);
        options.add(HISTORY_TABLE);
        return options;
    }
}
