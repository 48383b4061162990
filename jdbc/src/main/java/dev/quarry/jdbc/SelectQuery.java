package dev.quarry.jdbc;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import dev.quarry.sql.Select;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Select} bound to a transaction: narrow it, then run it with a terminal method. Each
 * narrowing method returns a new query; the tree underneath is immutable.
 */
public final class SelectQuery {
    private final Transaction transaction;
    private final Select select;

    SelectQuery(Transaction transaction, Select select) {
        this.transaction = transaction;
        this.select = select;
    }

    /** Selects these expressions instead of every column. */
    public SelectQuery columns(Expression<?>... expressions) {
        return new SelectQuery(transaction, select.columns(expressions));
    }

    /** Adds a filter; several calls combine with AND. */
    public SelectQuery where(Condition condition) {
        return new SelectQuery(transaction, select.where(condition));
    }

    /** Appends sort keys: {@code orderBy(USERS.name.asc())}. */
    public SelectQuery orderBy(Order... keys) {
        return new SelectQuery(transaction, select.orderBy(keys));
    }

    public SelectQuery limit(long count) {
        return new SelectQuery(transaction, select.limit(count));
    }

    public SelectQuery offset(long count) {
        return new SelectQuery(transaction, select.offset(count));
    }

    /** All matching rows. */
    public List<Row> fetch() {
        return transaction.fetch(select);
    }

    /** The only matching row, or null; see {@link Transaction#fetchOne}. */
    public @Nullable Row fetchOne() {
        return transaction.fetchOne(select);
    }

    /** The number of matching rows. */
    public long count() {
        return transaction.count(select);
    }

    /** The statement, for reuse or inspection. */
    public Select statement() {
        return select;
    }

    /** The SQL and binds this query runs. */
    public RenderedSql toSql() {
        return select.toSql(transaction.dialect());
    }
}
