package dev.quarry.jdbc;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Column;
import dev.quarry.sql.Insert;
import org.jspecify.annotations.Nullable;

/**
 * An {@link Insert} bound to a transaction. Each value is checked against its column when set;
 * a missing required column is reported before the statement runs.
 */
public final class InsertQuery {
    private final Transaction transaction;
    private final Insert insert;

    InsertQuery(Transaction transaction, Insert insert) {
        this.transaction = transaction;
        this.insert = insert;
    }

    /** Sets a column's value. */
    public <T> InsertQuery set(Column<T> column, @Nullable T value) {
        return new InsertQuery(transaction, insert.set(column, value));
    }

    /** Inserts the row; returns 1. */
    public int execute() {
        return transaction.execute(insert);
    }

    /** Inserts the row and returns the value the database generated for the auto-increment column. */
    public long executeAndGetId() {
        return transaction.insertAndGetId(insert);
    }

    public Insert statement() {
        return insert;
    }

    public RenderedSql toSql() {
        return insert.toSql(transaction.dialect());
    }
}
