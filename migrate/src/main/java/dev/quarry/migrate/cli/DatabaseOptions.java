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
    /** Where migrations are read when no {@code --location} is given, relative to the working directory. */
    public static final String DEFAULT_LOCATION = "db/migration";

    public static final CommandOption LOCATION = CommandOption.valued("location", "dir|classpath:dir",
            "where migration scripts are; repeatable (default " + DEFAULT_LOCATION + ")").asRepeatable();
    public static final CommandOption HISTORY_TABLE = CommandOption.valued("history-table", "name",
            "history table (default quarry_schema_history)");

    private DatabaseOptions() {
    }

    /** The command's own options followed by the connection options and {@code --location}. */
    public static List<CommandOption> with(CommandOption... own) {
        List<CommandOption> options = connectionWith(own);
        options.add(LOCATION);
        options.add(HISTORY_TABLE);
        return options;
    }

    /** The command's own options followed by the connection options, for commands that read no migrations. */
    public static List<CommandOption> connectionWith(CommandOption... own) {
        List<CommandOption> options = new ArrayList<>(List.of(own));
        options.add(URL);
        options.add(USER);
        options.add(PASSWORD);
        return options;
    }

    /** The locations given, or {@value #DEFAULT_LOCATION} when none is. */
    public static List<String> locations(ParsedOptions options) {
        List<String> given = options.valuesOf(LOCATION);
        return given.isEmpty() ? List.of(DEFAULT_LOCATION) : given;
    }
}
