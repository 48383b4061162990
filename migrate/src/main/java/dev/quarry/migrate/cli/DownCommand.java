package dev.quarry.migrate.cli;

import dev.quarry.migrate.ExecutedMigration;
import java.util.List;

/** {@code down}: reverts the applied migrations above {@code --target}. */
final class DownCommand implements Command {
    static final CommandOption TARGET = CommandOption.valued("target", "version",
            "revert the migrations above this version; 0 reverts all").asRequired();

    @Override
    public String name() {
        return "down";
    }

    @Override
    public String summary() {
        return "reverts applied migrations above --target";
    }

    @Override
    public String description() {
        return "Reverts the applied migrations above --target, newest first, running their down scripts\n"
                + "or code and deleting their history rows. Refuses before changing anything if one of them\n"
                + "has no down, is missing or is the baseline.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with(TARGET);
    }

    @Override
    public int run(CommandContext context) {
        long target = context.options().requiredLong(TARGET, 0);
        List<ExecutedMigration> reverted = context.migrator().down(target);
        for (ExecutedMigration migration : reverted) {
            context.out().println("Reverted " + migration.version() + " (" + migration.description() + ") in "
                    + migration.executionMillis() + " ms");
        }
        context.out().println(reverted.isEmpty() ? "Nothing to revert above version " + target + "."
                : reverted.size() + " migration" + (reverted.size() == 1 ? "" : "s") + " reverted.");
        return 0;
    }
}
