package dev.quarry.migrate.cli;

import dev.quarry.migrate.HistoryEntry;
import java.util.List;

/** {@code repair}: deletes the history rows of failed migrations. */
final class RepairCommand implements Command {

    @Override
    public String name() {
        return "repair";
    }

    @Override
    public String summary() {
        return "deletes the history rows of failed migrations";
    }

    @Override
    public String description() {
        return "Deletes the history rows of failed migrations, after you fixed or reverted their partial\n"
                + "changes by hand. The migrations then count as not applied; run up to apply them again.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with();
    }

    @Override
    public int run(CommandContext context) {
        List<HistoryEntry> removed = context.migrator().repair();
        for (HistoryEntry entry : removed) {
            context.out().println("Removed failed migration " + entry.version() + " (" + entry.description() + ")");
        }
        context.out().println(removed.isEmpty() ? "No failed migrations to repair."
                : removed.size() + " failed migration" + (removed.size() == 1 ? "" : "s")
                        + " removed from the history.");
        return 0;
    }
}
