package dev.quarry.migrate.cli;

import java.nio.file.Path;
import java.util.List;

/** {@code generate <description>}: writes the diff as the next up/down migration files. */
final class GenerateCommand implements Command {
    static final CommandOption ALLOW_DESTRUCTIVE = CommandOption.flag("allow-destructive",
            "write the migration even if it drops tables or columns or narrows types");

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
                + "migration is pending, and refuses destructive changes unless --allow-destructive.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with(SchemaOptions.TABLES, SchemaOptions.RENAME_TABLE,
                SchemaOptions.RENAME_COLUMN, ALLOW_DESTRUCTIVE);
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
        List<Path> written = context.migrator().generate(directory, arguments.get(0), SchemaOptions.tables(context),
                SchemaOptions.renames(context), context.options().has(ALLOW_DESTRUCTIVE));
        if (written.isEmpty()) {
            context.out().println("The schema is up to date; nothing written.");
        }
        for (Path file : written) {
            context.out().println("Wrote " + file);
        }
        return 0;
    }
}
