package dev.quarry.migrate.cli;

import dev.quarry.migrate.HistoryEntry;
import dev.quarry.migrate.MigrationInfo;
import dev.quarry.migrate.MigrationState;
import java.util.List;

/** {@code status}: a table of every migration known or recorded, with its state. */
final class StatusCommand implements Command {

    @Override
    public String name() {
        return "status";
    }

    @Override
    public String summary() {
        return "lists every migration with its state";
    }

    @Override
    public String description() {
        return "Lists every migration found in the locations or recorded in the history table, in version\n"
                + "order, with its state: APPLIED, PENDING, FAILED, MISSING, CHECKSUM_MISMATCH, BASELINE or\n"
                + "BELOW_BASELINE, and when, by whom and how fast it was applied.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with();
    }

    @Override
    public int run(CommandContext context) {
        List<MigrationInfo> migrations = context.migrator().status();
        if (migrations.isEmpty()) {
            context.out().println("No migrations found and none recorded.");
            return 0;
        }
        TextTable table = new TextTable("Version", "Description", "State", "Installed at", "By", "Time");
        for (MigrationInfo migration : migrations) {
            HistoryEntry history = migration.history();
            table.row(String.valueOf(migration.version()), migration.description(), migration.state().name(),
                    history == null ? "" : history.installedAt().toString(),
                    history == null ? "" : history.installedBy(),
                    history == null || migration.state() == MigrationState.BASELINE ? ""
                            : history.executionMillis() + " ms");
        }
        table.print(context.out());
        long pending = migrations.stream().filter(migration -> migration.state() == MigrationState.PENDING).count();
        context.out().println(migrations.size() + " migration" + (migrations.size() == 1 ? "" : "s") + ", "
                + pending + " pending.");
        return 0;
    }
}
