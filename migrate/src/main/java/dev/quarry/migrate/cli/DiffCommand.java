package dev.quarry.migrate.cli;

import dev.quarry.migrate.diff.MigrationPlan;
import java.util.List;

/** {@code diff}: prints the graded changes and the DDL that would make the database match the table objects. */
final class DiffCommand implements Command {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "shows what would make the database match the table objects";
    }

    @Override
    public String description() {
        return "Reads the live schema, compares it with the table objects of --tables and prints each\n"
                + "change with its grade (SAFE, CAUTION, DESTRUCTIVE) and why, then the DDL. Changes nothing.\n"
                + "Renames are never guessed: declare them with --rename-table and --rename-column.";
    }

    @Override
    public List<CommandOption> options() {
        return DatabaseOptions.with(SchemaOptions.TABLES, SchemaOptions.RENAME_TABLE, SchemaOptions.RENAME_COLUMN);
    }

    @Override
    public int run(CommandContext context) {
        MigrationPlan plan = context.migrator().diff(SchemaOptions.tables(context), SchemaOptions.renames(context));
        context.out().print(plan.describe());
        if (!plan.isEmpty()) {
            context.out().println();
            for (String statement : plan.upStatements()) {
                context.out().println(statement + ";");
            }
        }
        return 0;
    }
}
