package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.hooks.WriteEvent;
import dev.quarry.jdbc.hooks.WriteKind;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link WriteEvent} of one write, handed to its hooks in turn; before the write it collects
 * the assignments hooks add, applying each to its statement at once. Confined to one thread.
 */
final class HookedWrite implements WriteEvent {
    private final Transaction transaction;
    private final WriteKind kind;
    private final Table table;
    private final boolean before;
    private final long affectedRows;
    private Statement statement;

    HookedWrite(Transaction transaction, WriteKind kind, Table table, Statement statement, boolean before, long affectedRows) {
        this.transaction = transaction;
        this.kind = kind;
        this.table = table;
        this.statement = statement;
        this.before = before;
        this.affectedRows = affectedRows;
    }

    @Override
    public Transaction transaction() {
        return transaction;
    }

    @Override
    public WriteKind kind() {
        return kind;
    }

    @Override
    public Table table() {
        return table;
    }

    @Override
    public Statement statement() {
        return statement;
    }

    @Override
    public List<Map<Column<?>, @Nullable Object>> values() {
        if (statement instanceof Insert insert) {
            List<Map<Column<?>, @Nullable Object>> rows = new ArrayList<>(insert.rows().size());
            for (List<Assignment<?>> row : insert.rows()) {
                rows.add(plainValues(row));
            }
            return Collections.unmodifiableList(rows);
        }
        if (statement instanceof Update update) {
            return List.of(plainValues(update.assignments()));
        }
        return List.of();
    }

    @Override
    public boolean isBefore() {
        return before;
    }

    @Override
    public long affectedRows() {
        return affectedRows;
    }

    @Override
    public <T extends @Nullable Object> WriteEvent set(Column<T> column, @Nullable T value) {
        if (!before) {
            throw new IllegalStateException("the " + kind.name().toLowerCase(java.util.Locale.ROOT) + " of " + table
                    + " has run already: a hook after a write cannot add assignments; register it with before…(…)");
        }
        if (column.table() != table) {
            throw new IllegalArgumentException("a hook of " + table + " set " + column.qualifiedName() + ", a column of another table");
        }
        Assignment<T> added = Assignment.of(column, value);
        if (statement instanceof Update update) {
            statement = new Update(update.table(), replaced(update.assignments(), added), update.where(), update.returning());
        } else if (statement instanceof Insert insert && insert.source() == null) {
            List<List<Assignment<?>>> rows = new ArrayList<>(Math.max(1, insert.rows().size()));
            for (List<Assignment<?>> row : insert.rows().isEmpty() ? List.<List<Assignment<?>>>of(List.of()) : insert.rows()) {
                rows.add(replaced(row, added));
            }
            statement = new Insert(insert.into(), rows, insert.columns(), null, insert.onConflict(), insert.returning());
        } else {
            throw new IllegalStateException("a hook cannot set " + column.qualifiedName() + " on "
                    + (statement instanceof Insert ? "an INSERT … SELECT, whose values come from its query" : "a delete"));
        }
        return this;
    }

    private static List<Assignment<?>> replaced(List<Assignment<?>> assignments, Assignment<?> added) {
        List<Assignment<?>> result = new ArrayList<>(assignments.size() + 1);
        boolean replaced = false;
        for (Assignment<?> assignment : assignments) {
            if (assignment.column().equals(added.column())) {
                result.add(added);
                replaced = true;
            } else {
                result.add(assignment);
            }
        }
        if (!replaced) {
            result.add(added);
        }
        return result;
    }

    private static Map<Column<?>, @Nullable Object> plainValues(List<Assignment<?>> assignments) {
        Map<Column<?>, @Nullable Object> values = new LinkedHashMap<>();
        for (Assignment<?> assignment : assignments) {
            if (assignment.value() instanceof Expression.Param<?> param) {
                values.put(assignment.column(), param.value());
            }
        }
        return Collections.unmodifiableMap(values);
    }
}
