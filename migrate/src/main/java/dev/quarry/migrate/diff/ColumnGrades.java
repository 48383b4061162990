package dev.quarry.migrate.diff;

import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.schema.ColumnDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Grades new and altered columns. Stateless. */
final class ColumnGrades {
    private ColumnGrades() {
    }

    static GradedReason added(String table, ColumnDefinition column) {
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
        return new GradedReason(Grade.CAUTION, "add NOT NULL column " + name + " " + column.type()
                + " without a default; fails if the table has rows");
    }

    static GradedReason altered(String table, ColumnDefinition from, ColumnDefinition to,
            SchemaConventions conventions) {
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
                grade = Grade.DESTRUCTIVE;
                parts.add("change type " + from.type() + " to " + to.type()
                        + "; values that do not fit are cut or rejected");
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
