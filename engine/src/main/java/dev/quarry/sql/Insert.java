package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT INTO table …} of one row, of several rows in one statement, or of the rows of a
 * query; optionally an upsert ({@link #onConflict}) and with RETURNING. Values are checked against
 * their column as they are set; {@link #requireComplete()} checks that every required column has
 * one in every row. Columns with a client default are filled in by {@link #withClientDefaults()},
 * which the JDBC layer calls once, just before it runs the insert.
 *
 * <pre>{@code
 * Insert.into(USERS).set(USERS.name, "Ada").set(USERS.age, 36)
 *       .newRow().set(USERS.name, "Alan").set(USERS.age, 41)
 * }</pre>
 *
 * @param into the table written
 * @param rows the rows of a VALUES insert, each a list of assignments; empty for INSERT … SELECT
 * @param columns the columns an INSERT … SELECT fills, in the order of the query's select list
 * @param source the query of an INSERT … SELECT, or null
 * @param onConflict the upsert clause, or null
 * @param returning what RETURNING gives back, or empty
 */
public record Insert(Table into, List<List<Assignment<?>>> rows, List<Column<?>> columns, @Nullable Query source,
        @Nullable OnConflict onConflict, List<Expression<?>> returning) implements Statement {

    public Insert {
        Objects.requireNonNull(into, "into");
        rows = immutableRows(rows);
        columns = List.copyOf(columns);
        returning = List.copyOf(returning);
        if (into.kind() != Table.Kind.BASE) {
            throw new InvalidQueryException("INSERT needs a table, not " + into.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + into);
        }
        if (source != null && !rows.isEmpty()) {
            throw new InvalidQueryException("INSERT INTO " + into + " takes VALUES or a query, not both");
        }
    }

    /** The rows as an immutable list of immutable lists, copying only what is not immutable yet. */
    private static List<List<Assignment<?>>> immutableRows(List<List<Assignment<?>>> rows) {
        List<List<Assignment<?>>> outer = List.copyOf(rows);
        List<List<Assignment<?>>> copies = null;
        for (int i = 0; i < outer.size(); i++) {
            List<Assignment<?>> row = outer.get(i);
            List<Assignment<?>> copy = List.copyOf(row);
            if (copy != row && copies == null) {
                copies = new ArrayList<>(outer.subList(0, i));
            }
            if (copies != null) {
                copies.add(copy);
            }
        }
        return copies == null ? outer : List.copyOf(copies);
    }

    /** An insert into the table with no values set yet. */
    public static Insert into(Table table) {
        return new Insert(table, List.of(), List.of(), null, null, List.of());
    }

    /**
     * Sets a column's value in the current row (the first, or the last started with
     * {@link #newRow()}).
     *
     * @throws dev.quarry.InvalidValueException if the value does not fit the column
     * @throws InvalidQueryException if the column is of another table or already set in this row
     */
    public <T extends @Nullable Object> Insert set(Column<T> column, @Nullable T value) {
        return set(Assignment.of(column, value));
    }

    /** Sets a nullable column to NULL in the current row (where {@code set(column, null)} is ambiguous). */
    public Insert setNull(Column<?> column) {
        return set(Assignment.of(column, null));
    }

    /** Sets a column to an expression in the current row. */
    public <T extends @Nullable Object> Insert set(Column<T> column, Expression<T> value) {
        return set(new Assignment<>(column, value));
    }

    /** Adds an assignment to the current row. */
    public Insert set(Assignment<?> assignment) {
        if (rows.size() <= 1) {
            List<Assignment<?>> row = rows.isEmpty() ? List.of() : rows.get(0);
            return new Insert(into, List.of(Assignments.append(row, into, assignment, "INSERT INTO")), columns, source,
                    onConflict, returning);
        }
        List<List<Assignment<?>>> all = new ArrayList<>(rows);
        int last = all.size() - 1;
        all.set(last, Assignments.append(all.get(last), into, assignment, "INSERT INTO"));
        return new Insert(into, all, columns, source, onConflict, returning);
    }

    /** Starts another row of a multi-row insert. */
    public Insert newRow() {
        if (rows.isEmpty() || rows.get(rows.size() - 1).isEmpty()) {
            throw new InvalidQueryException("INSERT INTO " + into + ": set the values of a row before starting another");
        }
        List<List<Assignment<?>>> all = new ArrayList<>(rows);
        all.add(List.of());
        return new Insert(into, all, columns, source, onConflict, returning);
    }

    /**
     * Appends whole rows at once, each a list of assignments (as built by {@code set} on a one-row
     * insert); the way to build inserts of many rows in linear time.
     *
     * @throws InvalidQueryException if a row is empty, sets a column twice or a column of another table
     */
    public Insert addRows(List<? extends List<Assignment<?>>> added) {
        List<List<Assignment<?>>> all = rowsToAppendTo(added.size());
        for (List<Assignment<?>> row : added) {
            if (row.isEmpty()) {
                throw new InvalidQueryException("INSERT INTO " + into + ": a row sets no values");
            }
            all.add(Assignments.checkedRow(row, into, "INSERT INTO"));
        }
        return new Insert(into, all, columns, source, onConflict, returning);
    }

    /**
     * Appends filled rows, whose values were checked as they were set; the way to build inserts of
     * many rows from items in linear time.
     *
     * @throws InvalidQueryException if a row is empty or belongs to another table
     */
    public Insert addRowsOf(List<InsertRow> added) {
        List<List<Assignment<?>>> all = rowsToAppendTo(added.size());
        for (InsertRow row : added) {
            if (row.table() != into) {
                throw new InvalidQueryException("INSERT INTO " + into + " cannot take a row of " + row.table());
            }
            if (row.isEmpty()) {
                throw new InvalidQueryException("INSERT INTO " + into + ": a row sets no values");
            }
            all.add(row.assignments());
        }
        return new Insert(into, all, columns, source, onConflict, returning);
    }

    /** The rows so far without a trailing empty one, in a list with room for more. */
    private List<List<Assignment<?>>> rowsToAppendTo(int added) {
        if (source != null) {
            throw new InvalidQueryException("INSERT INTO " + into + " takes VALUES or a query, not both");
        }
        List<List<Assignment<?>>> all = new ArrayList<>(rows.size() + added);
        all.addAll(rows);
        if (!all.isEmpty() && all.get(all.size() - 1).isEmpty()) {
            all.remove(all.size() - 1);
        }
        return all;
    }

    /**
     * The same insert split into inserts of at most {@code maxRows} rows each, in order, each with
     * this insert's conflict clause and RETURNING. An insert of a query, or of few enough rows, is
     * returned whole.
     */
    public List<Insert> chunks(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("a chunk holds at least one row, got " + maxRows);
        }
        if (rows.size() <= maxRows) {
            return List.of(this);
        }
        List<Insert> chunks = new ArrayList<>((rows.size() + maxRows - 1) / maxRows);
        for (int start = 0; start < rows.size(); start += maxRows) {
            chunks.add(slice(start, Math.min(rows.size(), start + maxRows)));
        }
        return chunks;
    }

    /** The same insert with only the rows from {@code from} (inclusive) to {@code to} (exclusive). */
    public Insert slice(int from, int to) {
        return new Insert(into, rows.subList(from, to), columns, source, onConflict, returning);
    }

    /** {@code INSERT INTO table (columns…) query}: the query selects one expression per column. */
    public Insert select(List<? extends Column<?>> targetColumns, Query query) {
        for (Column<?> column : targetColumns) {
            if (column.table() != into) {
                throw new InvalidQueryException("INSERT INTO " + into + " cannot fill " + column.qualifiedName());
            }
        }
        if (targetColumns.size() != query.projection().size()) {
            throw new InvalidQueryException("INSERT INTO " + into + " fills " + targetColumns.size()
                    + " columns but the query selects " + query.projection().size());
        }
        return new Insert(into, List.of(), List.copyOf(targetColumns), query, onConflict, returning);
    }

    /** Starts an upsert: what to do when a row conflicts on these unique key columns. */
    public OnConflict.Target onConflict(Column<?>... target) {
        return new OnConflict.Target(this, List.of(target));
    }

    /** Sets the upsert clause. */
    public Insert onConflict(OnConflict clause) {
        for (Column<?> column : clause.target()) {
            if (column.table() != into) {
                throw new InvalidQueryException("the conflict target " + column.qualifiedName() + " is not a column of " + into);
            }
        }
        if (clause.updates() != null) {
            for (Assignment<?> assignment : clause.updates()) {
                if (assignment.column().table() != into) {
                    throw new InvalidQueryException("an upsert into " + into + " cannot set "
                            + assignment.column().qualifiedName());
                }
            }
        }
        return new Insert(into, rows, columns, source, clause, returning);
    }

    /** Returns these expressions of each inserted row. */
    public Insert returning(List<? extends Expression<?>> expressions) {
        return new Insert(into, rows, columns, source, onConflict, List.copyOf(expressions));
    }

    /** Returns these expressions of each inserted row. */
    public Insert returning(Expression<?>... expressions) {
        return returning(List.of(expressions));
    }

    /** The columns of a VALUES insert, in the order the first row set them. */
    public List<Column<?>> valueColumns() {
        if (source != null) {
            return columns;
        }
        return rows.isEmpty() ? List.of() : rows.get(0).stream().<Column<?>>map(Assignment::column).toList();
    }

    /**
     * This insert with each row's unset columns that have a client default set to a value the
     * default supplies, called once per row in row order; this insert itself when there are none.
     * An insert that sets no column at all gets one row of them. An INSERT … SELECT is returned
     * unchanged: its rows come from the query.
     *
     * @throws dev.quarry.InvalidValueException if a supplied value does not fit its column
     */
    public Insert withClientDefaults() {
        if (source != null) {
            return this;
        }
        List<Column<?>> defaulted = new ArrayList<>(0);
        for (Column<?> column : into.columns()) {
            if (column.hasClientDefault()) {
                defaulted.add(column);
            }
        }
        if (defaulted.isEmpty()) {
            return this;
        }
        List<List<Assignment<?>>> completed = new ArrayList<>(Math.max(1, rows.size()));
        for (List<Assignment<?>> row : rows.isEmpty() ? List.<List<Assignment<?>>>of(List.of()) : rows) {
            List<Assignment<?>> filled = new ArrayList<>(row);
            for (Column<?> column : defaulted) {
                if (row.stream().noneMatch(assignment -> assignment.column().equals(column))) {
                    filled.add(clientDefaultOf(column));
                }
            }
            completed.add(filled);
        }
        return new Insert(into, completed, columns, source, onConflict, returning);
    }

    private static <T extends @Nullable Object> Assignment<T> clientDefaultOf(Column<T> column) {
        return new Assignment<>(column, new Expression.Param<>(column.newClientDefault(), column.sqlType()));
    }

    /**
     * Checks that every row sets the same columns and every non-null column without a generated
     * or default value is set (an INSERT … SELECT also sets those with a client default only).
     *
     * @throws InvalidQueryException naming the first problem
     */
    public void requireComplete() {
        List<Column<?>> filled = valueColumns();
        for (Column<?> column : into.columns()) {
            if (column.isRequiredOnInsert() && !filled.contains(column)) {
                throw new InvalidQueryException("INSERT INTO " + into + " has no value for non-null column "
                        + column.qualifiedName());
            }
            if (source != null && column.hasClientDefault() && !column.isNullable() && column.databaseDefault() == null
                    && !filled.contains(column)) {
                throw new InvalidQueryException("INSERT INTO " + into + " … SELECT has no value for non-null column "
                        + column.qualifiedName()
                        + "; its client default applies to inserted values, not to a query's rows");
            }
        }
        for (int i = 1; i < rows.size(); i++) {
            if (setsColumnsInOrder(i, filled)) {
                continue;
            }
            List<Column<?>> rowColumns = rows.get(i).stream().<Column<?>>map(Assignment::column).toList();
            if (rowColumns.size() != filled.size() || !filled.containsAll(rowColumns)) {
                throw new InvalidQueryException("INSERT INTO " + into + ": row " + (i + 1) + " sets " + rowColumns
                        + " but row 1 sets " + filled + "; every row sets the same columns");
            }
        }
    }

    /** Whether a row sets exactly these columns, in this order (the usual case, checked first). */
    private boolean setsColumnsInOrder(int row, List<Column<?>> order) {
        List<Assignment<?>> assignments = rows.get(row);
        if (assignments.size() != order.size()) {
            return false;
        }
        for (int i = 0; i < order.size(); i++) {
            if (!assignments.get(i).column().equals(order.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The values of a row in {@link #valueColumns()} order. */
    public List<Expression<?>> valuesOf(int row) {
        List<Column<?>> order = valueColumns();
        if (setsColumnsInOrder(row, order)) {
            List<Expression<?>> values = new ArrayList<>(order.size());
            for (Assignment<?> assignment : rows.get(row)) {
                values.add(assignment.value());
            }
            return values;
        }
        List<Expression<?>> values = new ArrayList<>(order.size());
        for (Column<?> column : order) {
            for (Assignment<?> assignment : rows.get(row)) {
                if (assignment.column().equals(column)) {
                    values.add(assignment.value());
                }
            }
        }
        return values;
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }
}
