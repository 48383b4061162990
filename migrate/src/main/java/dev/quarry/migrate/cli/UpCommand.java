package dev.quarry.migrate.cli;

import dev.quarry.migrate.ExecutedMigration;
import dev.quarry.migrate.Migrator;
import java.util.List;

/** {@code up}: applies the pending migrations, up to {@code --target} if given. */
final class UpCommand implements Command {
    static final CommandOption TARGET =
            CommandOption.valued("target", "version", "apply migrations up to this version");
    static final CommandOption OUT_OF_ORDER = CommandOption.flag("allow-out-of-order",
            "also apply pending migrations older than the newest applied one");

    @Override
    public String name() {
        return "up";
    }

    @Override
    public String summary() {
        return "applies pending migrations";
    }

    @Override
    public String description() {
        return "Applies the pending migrations in version order, up to and including --target if given.\n"
                + "Refuses to run if an applied script was changed, an applied migration is missing, a\n"
                + "migration failed earlier (see repair), or a pending one is out of order.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with(TARGET, OUT_OF_ORDER);
    }

    @Override
    public int run(CommandContext context) {
        Migrator migrator = context.migrator(context.options().has(OUT_OF_ORDER));
        List<ExecutedMigration> applied = context.options().has(TARGET)
                ? migrator.up(context.options().requiredLong(TARGET, 0)) : migrator.up();
        for (ExecutedMigration migration : applied) {
            context.out().println("Applied " + migration.version() + " (" + migration.description() + ") in "
                    + migration.executionMillis() + " ms");
        }
        context.out().println(applied.isEmpty() ? "No pending migrations; the database is up to date."
                : applied.size() + " migration" + (applied.size() == 1 ? "" : "s") + " applied.");
        return 0;
    }
}
