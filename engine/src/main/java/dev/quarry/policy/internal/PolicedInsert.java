package dev.quarry.policy.internal;

import dev.quarry.policy.PolicyViolationException;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.OnConflict;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies row policies to one INSERT: every row gets the values the policies require (a row naming
 * another value is refused), an INSERT … SELECT reads through the policies and selects the
 * required values, and an upsert's DO UPDATE changes a conflicting row only where the policies'
 * filter holds for it ({@code SET c = CASE WHEN filter THEN new ELSE c END}), so a row of another
 * tenant that happens to conflict is left as it is.
 */
final class PolicedInsert {
    private final PolicedStatements statements;
    private final Insert insert;
    private final Table table;
    private final String where;

    PolicedInsert(PolicedStatements statements, Insert insert) {
        this.statements = statements;
        this.insert = insert;
        this.table = insert.into();
        this.where = "INSERT INTO " + table.tableName();
    }

    Insert policed() {
        List<Assignment<?>> required = statements.requiredValues(table);
        List<List<Assignment<?>>> rows = rows(required);
        List<Column<?>> columns = insert.columns();
        Query source = insert.source();
        if (source != null) {
            source = statements.query(source);
            List<Column<?>> addedColumns = new ArrayList<>(columns);
            List<Expression<?>> addedValues = new ArrayList<>();
            for (Assignment<?> value : required) {
                int index = columns.indexOf(value.column());
                if (index < 0) {
                    addedColumns.add(value.column());
                    addedValues.add(value.value());
                } else if (!value.value().equals(source.projection().get(index))) {
                    throw new PolicyViolationException(where + " … SELECT fills " + value.column().qualifiedName()
                            + " from " + source.projection().get(index) + ", but the row policy requires "
                            + value.value() + "; leave the column out and the policy fills it");
                }
            }
            if (!addedValues.isEmpty()) {
                columns = addedColumns;
                source = selectingAlso(source, addedValues);
            }
        }
        OnConflict onConflict = onConflict(required);
        List<Expression<?>> returning = statements.expressions().all(insert.returning());
        if (rows == insert.rows() && columns == insert.columns() && source == insert.source()
                && onConflict == insert.onConflict() && returning == insert.returning()) {
            return insert;
        }
        return new Insert(table, rows, columns, source, onConflict, returning);
    }

    private List<List<Assignment<?>>> rows(List<Assignment<?>> required) {
        List<List<Assignment<?>>> rows = insert.rows();
        List<List<Assignment<?>>> changed = null;
        for (int i = 0; i < rows.size(); i++) {
            List<Assignment<?>> row = rows.get(i);
            List<Assignment<?>> policed = statements.assignments(table, row, "INSERT");
            for (Assignment<?> value : required) {
                if (!assigns(policed, value.column())) {
                    policed = policed == row ? new ArrayList<>(row) : policed;
                    policed.add(value);
                }
            }
            if (policed != row && changed == null) {
                changed = new ArrayList<>(rows.subList(0, i));
            }
            if (changed != null) {
                changed.add(policed);
            }
        }
        return changed == null ? rows : changed;
    }

    private static boolean assigns(List<Assignment<?>> row, Column<?> column) {
        for (Assignment<?> assignment : row) {
            if (assignment.column() == column) {
                return true;
            }
        }
        return false;
    }

    /** The source query selecting the required values after its own columns. */
    private static Query selectingAlso(Query source, List<Expression<?>> values) {
        if (source instanceof Select select && select.groupBy().isEmpty() && !select.distinctRows()) {
            List<Expression<?>> projection = new ArrayList<>(select.projection());
            projection.addAll(values);
            return select.columns(projection);
        }
        var derived = source.asTable("policed_source");
        List<Expression<?>> projection = new ArrayList<>();
        for (Expression<?> selected : source.projection()) {
            projection.add(derived.get(selected));
        }
        projection.addAll(values);
        return Select.of(projection.toArray(new Expression<?>[0])).fromTable(derived);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private @Nullable OnConflict onConflict(List<Assignment<?>> required) {
        OnConflict onConflict = insert.onConflict();
        if (onConflict == null || onConflict.updates() == null) {
            return onConflict;
        }
        Condition filter = statements.filter(table);
        List<Assignment<?>> updates = new ArrayList<>();
        for (Assignment<?> update : onConflict.updates()) {
            if (!(update.value() instanceof Expression.Excluded<?> excluded && excluded.column() == update.column())) {
                PolicedStatements.requireAllowed(update, required, where + " ON CONFLICT DO UPDATE");
            }
            Assignment<?> rewritten = statements.rewrite(update);
            if (filter != null) {
                Column column = rewritten.column();
                Expression guarded = new Computed.Case(List.of(new Computed.When(filter, rewritten.value())), column,
                        column.sqlType());
                rewritten = new Assignment(column, guarded);
            }
            updates.add(rewritten);
        }
        return new OnConflict(onConflict.target(), updates);
    }
}
