package dev.quarry.jdbc;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Update;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An {@link Update} bound to a transaction. Without {@link #where} it updates every row. */
public final class UpdateQuery {
    private final Transaction transaction;
    private final Update update;

    UpdateQuery(Transaction transaction, Update update) {
        this.transaction = transaction;
        this.update = update;
    }

    /** Sets a column to a value, checked against the column. */
    public <T extends @Nullable Object> UpdateQuery set(Column<T> column, @Nullable T value) {
        return new UpdateQuery(transaction, update.set(column, value));
    }

    /** Sets a column to an expression. */
    public <T extends @Nullable Object> UpdateQuery set(Column<T> column, Expression<T> value) {
        return new UpdateQuery(transaction, update.set(column, value));
    }

    /** Sets a nullable column to NULL. */
    public UpdateQuery setNull(Column<?> column) {
        return new UpdateQuery(transaction, update.setNull(column));
    }

    /** Adds a filter; several calls combine with AND. */
    public UpdateQuery where(Condition condition) {
        return new UpdateQuery(transaction, update.where(condition));
    }

    /** Returns these expressions of each updated row; run with {@link #fetch()}. */
    public UpdateQuery returning(Expression<?>... expressions) {
        return new UpdateQuery(transaction, update.returning(expressions));
    }

    /** Updates and reads the rows RETURNING gives back. */
    public List<Row> fetch() {
        return transaction.fetchReturning(update);
    }

    /** Runs the update; returns the number of rows matched by the filter. */
    public int execute() {
        return transaction.execute(update);
    }

    public Update statement() {
        return update;
    }

    public RenderedSql toSql() {
        return update.toSql(transaction.dialect());
    }
}
