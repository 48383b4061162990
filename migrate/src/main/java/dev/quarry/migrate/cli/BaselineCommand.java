package dev.quarry.migrate.cli;

import dev.quarry.migrate.HistoryEntry;
import java.util.List;

/** {@code baseline}: records a baseline row on an empty history. */
final class BaselineCommand implements Command {
    static final CommandOption VERSION = CommandOption.valued("version", "version",
            "the version the database already is at").asRequired();
    static final CommandOption DESCRIPTION = CommandOption.valued("description", "text",
            "what the baseline is (default 'baseline')");

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String summary() {
        return "adopts a database made without this history";
    }

    @Override
    public String description() {
        return "Records a baseline row in an empty history table, so that migrations up to --version count\n"
                + "as applied and never run. Refused if the history table has rows.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with(VERSION, DESCRIPTION);
    }

    @Override
    public int run(CommandContext context) {
        long version = context.options().requiredLong(VERSION, 1);
        String description = context.options().value(DESCRIPTION);
        HistoryEntry baseline = context.migrator().baseline(version, description == null ? "baseline" : description);
        context.out().println("Baseline recorded at version " + baseline.version() + " (" + baseline.description()
                + ").");
        return 0;
    }
}
