package dev.quarry.migrate.diff;

import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.schema.ColumnDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Supplier;

/** Grades new and altered columns. Stateless. */
final class ColumnGrades {
    private ColumnGrades() {
    }

    /** @param rows how many rows the table holds, asked only for a NOT NULL column without a default */
    static GradedReason added(String table, ColumnDefinition column, Supplier<OptionalLong> rows,
            SchemaConventions conventions) {
        String name = table + "." + column.name();
        if (column.nullable()) {
            return new GradedReason(Grade.SAFE, "add nullable column " + name + " " + column.type());
        }
        if (column.autoIncrement()) {
            return new GradedReason(Grade.CAUTION, "add generated column " + name + "; numbers every existing row");
        }
        if (column.defaultSql() != null) {
            return new GradedReason(Grade.CAUTION, "add NOT NULL column " + name + " " + column.type()
                    + " DEFAULT " + column.defaultSql() + "; existing rows get the default");
        }
        String change = "add NOT NULL column " + name + " " + column.type() + " without a default; ";
        OptionalLong count = rows.get();
        if (count.isEmpty()) {
            return new GradedReason(Grade.CAUTION, change + "fails if the table has rows");
        }
        if (count.getAsLong() == 0) {
            return new GradedReason(Grade.CAUTION, change + table + " is empty now, but it fails if rows come"
                    + " before it runs");
        }
        String rowsOfTable = rowsText(count.getAsLong());
        return new GradedReason(Grade.DESTRUCTIVE, change + (conventions.fillsNewNotNullColumnsImplicitly()
                ? "the " + rowsOfTable + " of " + table + " get the type's implicit default (0, '') instead of real"
                        + " values"
                : "will fail: " + table + " has " + rowsOfTable)
                + "; give it a default, or add it nullable, fill it, then make it NOT NULL");
    }

    private static String rowsText(long rows) {
        return rows + (rows == 1 ? " row" : " rows");
    }

    /** @param rows how many rows the table holds, asked only for a type change that may not keep every value */
    static GradedReason altered(String table, ColumnDefinition from, ColumnDefinition to,
            SchemaConventions conventions, Supplier<OptionalLong> rows) {
        String name = table + "." + from.name();
        Grade grade = Grade.SAFE;
        List<String> parts = new ArrayList<>();
        String fromType = conventions.type(from.type());
        String toType = conventions.type(to.type());
        if (!fromType.equals(toType)) {
            if (TypeWidening.widens(fromType, toType)) {
                grade = grade.max(Grade.CAUTION);
                parts.add("widen type " + from.type() + " to " + to.type() + " (may rewrite the table)");
            } else {
                OptionalLong count = rows.get();
                String change = "change type " + from.type() + " to " + to.type();
                if (count.isPresent() && count.getAsLong() == 0) {
                    grade = grade.max(Grade.CAUTION);
                    parts.add(change + "; " + table + " is empty now, so no value is cut, but values that do not"
                            + " fit would be if rows come before it runs");
                } else {
                    grade = Grade.DESTRUCTIVE;
                    parts.add(change + "; values that do not fit are cut or rejected"
                            + (count.isPresent() ? " (" + table + " has " + rowsText(count.getAsLong()) + ")" : ""));
                }
            }
        }
        if (!Objects.equals(from.collation(), to.collation())) {
            grade = grade.max(Grade.CAUTION);
            parts.add("collation " + from.collation() + " becomes " + to.collation() + " (changes comparisons)");
        }
        if (from.nullable() && !to.nullable()) {
            grade = grade.max(Grade.CAUTION);
            parts.add("make NOT NULL; fails if a row holds NULL");
        } else if (!from.nullable() && to.nullable()) {
            parts.add("allow NULL");
        }
        if (!Objects.equals(conventions.defaultSql(from.defaultSql()), conventions.defaultSql(to.defaultSql()))) {
            parts.add(to.defaultSql() == null ? "drop default" : "default " + to.defaultSql());
        }
        if (from.autoIncrement() != to.autoIncrement()) {
            grade = grade.max(Grade.CAUTION);
            parts.add(to.autoIncrement() ? "generate values" : "stop generating values");
        }
        return new GradedReason(grade, "alter column " + name + ": " + String.join(", ", parts));
    }
}
