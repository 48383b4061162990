package dev.quarry.jdbc;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Order;
import dev.quarry.sql.SetOperator;
import dev.quarry.sql.SetQuery;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Queries combined with UNION, UNION ALL, INTERSECT or EXCEPT, bound to a transaction. Operators
 * apply left to right on every dialect.
 */
public final class CombinedQuery {
    private final Transaction transaction;
    private final SetQuery query;

    CombinedQuery(Transaction transaction, SetQuery query) {
        this.transaction = transaction;
        this.query = query;
    }

    public CombinedQuery union(SelectQuery other) {
        return combine(SetOperator.UNION, other);
    }

    public CombinedQuery unionAll(SelectQuery other) {
        return combine(SetOperator.UNION_ALL, other);
    }

    public CombinedQuery intersect(SelectQuery other) {
        return combine(SetOperator.INTERSECT, other);
    }

    public CombinedQuery except(SelectQuery other) {
        return combine(SetOperator.EXCEPT, other);
    }

    /** Orders the combined rows; each key must be one of the selected expressions. */
    public CombinedQuery orderBy(Order... keys) {
        return new CombinedQuery(transaction, query.orderBy(keys));
    }

    public CombinedQuery limit(long count) {
        return new CombinedQuery(transaction, query.limit(count));
    }

    public CombinedQuery offset(long count) {
        return new CombinedQuery(transaction, query.offset(count));
    }

    public List<Row> fetch() {
        return transaction.fetch(query);
    }

    public @Nullable Row fetchOne() {
        return transaction.fetchOne(query);
    }

    /** All rows, each mapped to a record; see {@link Transaction#fetchInto}. */
    public <R extends Record> List<R> fetchInto(Class<R> recordClass) {
        return transaction.fetchInto(query, recordClass);
    }

    /** The only row as a record, or null; see {@link Transaction#fetchOneInto}. */
    public <R extends Record> @Nullable R fetchOneInto(Class<R> recordClass) {
        return transaction.fetchOneInto(query, recordClass);
    }

    public long count() {
        return transaction.count(query);
    }

    public SetQuery statement() {
        return query;
    }

    public RenderedSql toSql() {
        return query.toSql(transaction.dialect());
    }

    private CombinedQuery combine(SetOperator operator, SelectQuery other) {
        return new CombinedQuery(transaction, new SetQuery(query, operator, other.statement(), List.of(), null, null));
    }
}
