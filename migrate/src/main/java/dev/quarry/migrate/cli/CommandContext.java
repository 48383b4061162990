package dev.quarry.migrate.cli;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.migrate.Migrator;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * What a command runs with: its parsed options, the output streams, the environment, and the
 * database the options name, connected on first use and closed when the run ends. One per run;
 * confined to the running thread.
 */
public final class CommandContext implements AutoCloseable {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final ParsedOptions options;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;
    private @Nullable Database database;

    CommandContext(ParsedOptions options, PrintStream out, PrintStream err, Map<String, String> environment) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    public ParsedOptions options() {
        return options;
    }

    /** Where results go. */
    public PrintStream out() {
        return out;
    }

    /** Where problems go. */
    public PrintStream err() {
        return err;
    }

    /** The database of {@code --url}, {@code --user} and the password, connected with a small pool. */
    public Database database() {
        if (database == null) {
            String url = options.value(DatabaseOptions.URL);
            if (url == null) {
                throw new UsageException(options.command(), options.command() + " needs option "
                        + DatabaseOptions.URL.synopsis());
            }
            DatabaseConfig.Builder config = DatabaseConfig.builder(url)
                    .name("quarry-migrate-" + DATABASES.incrementAndGet()).poolSize(2);
            String user = options.value(DatabaseOptions.USER);
            if (user != null) {
                config.user(user);
            }
            String password = options.value(DatabaseOptions.PASSWORD);
            if (password == null) {
                password = environment.get(DatabaseOptions.PASSWORD_VARIABLE);
            }
            if (password != null) {
                config.password(password);
            }
            database = Database.connect(config.build());
        }
        return database;
    }

    /** A migrator of the database with the locations and history table of the options. */
    public Migrator migrator(boolean allowOutOfOrder) {
        Migrator.Builder builder = Migrator.builder(database()).allowOutOfOrder(allowOutOfOrder);
        for (String location : DatabaseOptions.locations(options)) {
            builder.location(location);
        }
        String historyTable = options.value(DatabaseOptions.HISTORY_TABLE);
        if (historyTable != null) {
            builder.historyTable(historyTable);
        }
        return builder.build();
    }

    /** A migrator that refuses out-of-order migrations. */
    public Migrator migrator() {
        return migrator(false);
    }

    /** Closes the database if one was connected. */
    @Override
    public void close() {
        if (database != null) {
            database.close();
        }
    }
}
