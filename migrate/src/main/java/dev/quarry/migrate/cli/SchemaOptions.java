package dev.quarry.migrate.cli;

import dev.quarry.migrate.diff.Renames;
import dev.quarry.sql.Table;
import java.util.List;

/** The options naming the table objects and the renames, shared by {@code diff} and {@code generate}. */
final class SchemaOptions {
    static final CommandOption TABLES = CommandOption.valued("tables", "class",
            "a TableSet, a table class, or a class whose public static fields hold tables; repeatable")
            .asRequired().asRepeatable();
    static final CommandOption RENAME_TABLE = CommandOption.valued("rename-table", "old=new",
            "a table renamed since the live schema; repeatable").asRepeatable();
    static final CommandOption RENAME_COLUMN = CommandOption.valued("rename-column", "table.old=new",
            "a column renamed since the live schema (table by its new name); repeatable").asRepeatable();

    private SchemaOptions() {
    }

    static List<Table> tables(CommandContext context) {
        return TableClasses.load(context.options().command(), context.options().valuesOf(TABLES),
                Thread.currentThread().getContextClassLoader());
    }

    static Renames renames(CommandContext context) {
        Renames renames = Renames.none();
        for (String rename : context.options().valuesOf(RENAME_TABLE)) {
            String[] names = pair(context, RENAME_TABLE, rename);
            renames = renames.table(names[0], names[1]);
        }
        for (String rename : context.options().valuesOf(RENAME_COLUMN)) {
            String[] names = pair(context, RENAME_COLUMN, rename);
            int dot = names[0].indexOf('.');
            if (dot <= 0 || dot == names[0].length() - 1) {
                throw new UsageException(context.options().command(), "--rename-column " + rename
                        + ": expected table.old=new");
            }
            renames = renames.column(names[0].substring(0, dot), names[0].substring(dot + 1), names[1]);
        }
        return renames;
    }

    private static String[] pair(CommandContext context, CommandOption option, String value) {
        String[] names = value.split("=", -1);
        if (names.length != 2 || names[0].isBlank() || names[1].isBlank()) {
            throw new UsageException(context.options().command(), "--" + option.name() + " " + value
                    + ": expected " + option.valueName());
        }
        return names;
    }
}
