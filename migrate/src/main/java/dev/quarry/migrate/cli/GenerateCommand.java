package dev.quarry.migrate.cli;

import dev.quarry.migrate.diff.MigrationPlan;
import dev.quarry.migrate.diff.MigrationWriter;
import dev.quarry.migrate.diff.SchemaPlanner;
import java.nio.file.Path;
import java.util.List;

/** {@code generate <description>}: writes the diff as the next up/down migration files. */
final class GenerateCommand implements Command {
    static final CommandOption ALLOW_DESTRUCTIVE = CommandOption.flag("allow-destructive",
            "write the migration even if it drops tables or columns or narrows types");
    static final CommandOption FORMAT = CommandOption.valued("format", "quarry|flyway",
            "quarry: <version>_<description>.up.sql and .down.sql (default); flyway: V<n>__<description>.sql");
    /** The history table Flyway keeps, left out of the diff when writing for Flyway. */
    static final String FLYWAY_HISTORY_TABLE = "flyway_schema_history";

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "writes the diff as the next migration";
    }

    @Override
    public String description() {
        return "Writes what diff shows as the next numbered <version>_<description>.up.sql and .down.sql\n"
                + "into the first --location directory, each change's grade as a comment. Refuses while a\n"
                + "migration is pending, and refuses destructive changes unless --allow-destructive.\n"
                + "With --format flyway, writes V<n>__<description>.sql instead (up only, grades as comments)\n"
                + "for Flyway to run, leaving out its history table (" + FLYWAY_HISTORY_TABLE + " unless\n"
                + "--history-table); apply pending Flyway migrations first.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with(SchemaOptions.TABLES, SchemaOptions.RENAME_TABLE,
                SchemaOptions.RENAME_COLUMN, ALLOW_DESTRUCTIVE, FORMAT);
    }

    @Override
    public int maxArguments() {
        return 1;
    }

    @Override
    public String argumentSynopsis() {
        return "<description>";
    }

    @Override
    public int run(CommandContext context) {
        List<String> arguments = context.options().arguments();
        if (arguments.isEmpty()) {
            throw new UsageException(name(), "give the migration a description, e.g. generate \"add orders\"");
        }
        String location = DatabaseOptions.locations(context.options()).get(0);
        if (location.startsWith("classpath:")) {
            throw new UsageException(name(), "the first --location must be a directory to write into, not "
                    + location);
        }
        Path directory = Path.of(location.replaceFirst("^filesystem:", ""));
        boolean allowDestructive = context.options().has(ALLOW_DESTRUCTIVE);
        List<Path> written;
        if (flyway(context)) {
            String history = context.options().value(DatabaseOptions.HISTORY_TABLE);
            MigrationPlan plan = SchemaPlanner.plan(context.database(), SchemaOptions.tables(context),
                    SchemaOptions.renames(context), List.of(history == null ? FLYWAY_HISTORY_TABLE : history));
            written = MigrationWriter.writeFlyway(directory, arguments.get(0), plan, allowDestructive);
        } else {
            written = context.migrator().generate(directory, arguments.get(0), SchemaOptions.tables(context),
                    SchemaOptions.renames(context), allowDestructive);
        }
        if (written.isEmpty()) {
            context.out().println("The schema is up to date; nothing written.");
        }
        for (Path file : written) {
            context.out().println("Wrote " + file);
        }
        return 0;
    }

    private static boolean flyway(CommandContext context) {
        String format = context.options().value(FORMAT);
        if (format == null || format.equals("quarry")) {
            return false;
        }
        if (format.equals("flyway")) {
            return true;
        }
        throw new UsageException("generate", "--format must be quarry or flyway, got '" + format + "'"
                + Suggestions.hint(format, List.of("quarry", "flyway"), ""));
    }
}
