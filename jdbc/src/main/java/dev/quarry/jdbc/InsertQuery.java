package dev.quarry.jdbc;

import dev.quarry.jdbc.internal.RecordAssignments;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.InsertRow;
import dev.quarry.sql.OnConflict;
import dev.quarry.sql.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Insert} bound to a transaction: one row, several rows ({@link #newRow()}), or the rows
 * of a query; optionally an upsert and with RETURNING. Each value is checked against its column
 * when set; a missing required column is reported before the statement runs.
 */
public final class InsertQuery {
    private final Transaction transaction;
    private final Insert insert;

    InsertQuery(Transaction transaction, Insert insert) {
        this.transaction = transaction;
        this.insert = insert;
    }

    /** Sets a column's value in the current row. */
    public <T extends @Nullable Object> InsertQuery set(Column<T> column, @Nullable T value) {
        return new InsertQuery(transaction, insert.set(column, value));
    }

    /** Sets a column to an expression in the current row. */
    public <T extends @Nullable Object> InsertQuery setExpression(Column<T> column, Expression<T> value) {
        return new InsertQuery(transaction, insert.set(column, value));
    }

    /** Starts another row of the same columns. */
    public InsertQuery newRow() {
        return new InsertQuery(transaction, insert.newRow());
    }

    /**
     * Adds one row per item, each filled from a one-row insert:
     * {@code rows(people, (row, person) -> row.set(USERS.name, person.name()).set(USERS.age, person.age()))}.
     * Builds in linear time. The insert runs as one statement, or as few as the dialect's limit of
     * bind values allows, all or nothing.
     */
    public <E extends @Nullable Object> InsertQuery rows(Iterable<? extends E> items, RowFiller<? super E> filler) {
        List<InsertRow> rows = new ArrayList<>(items instanceof Collection<?> known ? known.size() : 16);
        for (E item : items) {
            rows.add(filler.fill(new InsertRow(insert.into()), item));
        }
        return new InsertQuery(transaction, insert.addRowsOf(rows));
    }

    /** Fills one row of a multi-row insert from an item. */
    @FunctionalInterface
    public interface RowFiller<E extends @Nullable Object> {
        /** Sets the item's values in {@code row} and returns it. */
        InsertRow fill(InsertRow row, E item);
    }

    /**
     * Sets the current row from a record: each component sets the column of its name
     * ({@code managerId} sets {@code manager_id}), and each value is checked by its column as with
     * {@link #set}. Columns without a component are left out, so a required one is reported as
     * missing; a null component for the auto-increment column is left out, so the database
     * generates the key. An {@code int} component may fill a bigint column.
     *
     * @throws RecordMappingException if a component has no column, or one whose type it cannot fill
     * @throws dev.quarry.InvalidValueException if a value does not fit its column
     */
    public InsertQuery values(Record record) {
        Insert filled = insert;
        for (Assignment<?> assignment : RecordAssignments.of(insert.into(), record.getClass()).rowOf(record)) {
            filled = filled.set(assignment);
        }
        return new InsertQuery(transaction, filled);
    }

    /**
     * Adds one row per record, each set as {@link #values(Record)} sets a row. Records of one class
     * in a row share one match of their components to the table; records of several classes may be
     * mixed if they set the same columns. Runs as {@link #rows(Iterable, RowFiller)} does: one
     * statement, or as few as the dialect allows, all or nothing.
     */
    public InsertQuery rows(Iterable<? extends Record> records) {
        List<List<Assignment<?>>> rows = new ArrayList<>();
        @Nullable RecordAssignments assignments = null;
        for (Record record : records) {
            if (assignments == null || assignments.recordClass() != record.getClass()) {
                assignments = RecordAssignments.of(insert.into(), record.getClass());
            }
            rows.add(assignments.rowOf(record));
        }
        return new InsertQuery(transaction, insert.addRows(rows));
    }

    /** {@code INSERT INTO table (columns…) query}. */
    public InsertQuery select(List<? extends Column<?>> columns, Query query) {
        return new InsertQuery(transaction, insert.select(columns, query));
    }

    /** Makes this an upsert on the unique key of these columns; say what to do with {@link Conflict}. */
    public Conflict onConflict(Column<?>... target) {
        return new Conflict(insert.onConflict(target));
    }

    /** Returns these expressions of each inserted row; run with {@link #fetch()}. */
    public InsertQuery returning(Expression<?>... expressions) {
        return new InsertQuery(transaction, insert.returning(expressions));
    }

    /** Inserts; returns the number of rows written. */
    public int execute() {
        return transaction.execute(insert);
    }

    /** Inserts one row and returns the value the database generated for the auto-increment column. */
    public long executeAndGetId() {
        return transaction.insertAndGetId(insert);
    }

    /** Inserts and reads the rows RETURNING gives back. */
    public List<Row> fetch() {
        return transaction.fetchReturning(insert);
    }

    public Insert statement() {
        return insert;
    }

    public RenderedSql toSql() {
        return insert.toSql(transaction.dialect());
    }

    /** What an upsert does when a row conflicts. */
    public final class Conflict {
        private final OnConflict.Target target;

        private Conflict(OnConflict.Target target) {
            this.target = target;
        }

        /** Keeps the existing row. */
        public InsertQuery doNothing() {
            return new InsertQuery(transaction, target.doNothing());
        }

        /** Updates the existing row; assignments may read {@code Functions.excluded(column)}. */
        public InsertQuery doUpdate(Assignment<?>... assignments) {
            return new InsertQuery(transaction, target.doUpdate(assignments));
        }

        /** Updates these columns of the existing row to the values the insert proposed. */
        public InsertQuery doUpdateWithNewValues(Column<?>... columns) {
            return new InsertQuery(transaction, target.doUpdateWithNewValues(columns));
        }
    }
}
