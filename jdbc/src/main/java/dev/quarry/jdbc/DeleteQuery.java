package dev.quarry.jdbc;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import java.util.List;

/** A {@link Delete} bound to a transaction. Without {@link #where} it deletes every row. */
public final class DeleteQuery {
    private final Transaction transaction;
    private final Delete delete;

    DeleteQuery(Transaction transaction, Delete delete) {
        this.transaction = transaction;
        this.delete = delete;
    }

    /** Adds a filter; several calls combine with AND. */
    public DeleteQuery where(Condition condition) {
        return new DeleteQuery(transaction, delete.where(condition));
    }

    /** Returns these expressions of each deleted row; run with {@link #fetch()}. */
    public DeleteQuery returning(Expression<?>... expressions) {
        return new DeleteQuery(transaction, delete.returning(expressions));
    }

    /** Deletes and reads the rows RETURNING gives back. */
    public List<Row> fetch() {
        return transaction.fetchReturning(delete);
    }

    /** Runs the delete; returns the number of rows deleted. */
    public int execute() {
        return transaction.execute(delete);
    }

    public Delete statement() {
        return delete;
    }

    public RenderedSql toSql() {
        return delete.toSql(transaction.dialect());
    }
}
