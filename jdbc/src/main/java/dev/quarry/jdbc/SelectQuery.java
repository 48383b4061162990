package dev.quarry.jdbc;

import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetOperator;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Table;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Select} bound to a transaction: narrow it, then run it with a terminal method. Each
 * narrowing method returns a new query; the tree underneath is immutable.
 *
 * <pre>{@code
 * tx.select(USERS.name, count().as("posts")).from(USERS)
 *   .leftJoin(POSTS, POSTS.userId.eq(USERS.id))
 *   .groupBy(USERS.name).having(count().gt(2L))
 *   .orderBy(USERS.name.asc())
 *   .fetch();
 * }</pre>
 */
public final class SelectQuery {
    private final Transaction transaction;
    private final Select select;

    SelectQuery(Transaction transaction, Select select) {
        this.transaction = transaction;
        this.select = select;
    }

    /** Reads from this table (joins follow with {@link #join} and friends). */
    public SelectQuery from(Table table) {
        return with(select.fromTable(table));
    }

    /** Selects these expressions instead. */
    public SelectQuery columns(Expression<?>... expressions) {
        return with(select.columns(expressions));
    }

    public SelectQuery distinct() {
        return with(select.distinct());
    }

    /** PostgreSQL's DISTINCT ON; a clear error on other dialects. */
    public SelectQuery distinctOn(Expression<?>... expressions) {
        return with(select.distinctOn(expressions));
    }

    public SelectQuery join(Table table, Condition on) {
        return with(select.join(table, on));
    }

    public SelectQuery leftJoin(Table table, Condition on) {
        return with(select.leftJoin(table, on));
    }

    public SelectQuery rightJoin(Table table, Condition on) {
        return with(select.rightJoin(table, on));
    }

    /** FULL JOIN; a clear error on MySQL/MariaDB. */
    public SelectQuery fullJoin(Table table, Condition on) {
        return with(select.fullJoin(table, on));
    }

    public SelectQuery crossJoin(Table table) {
        return with(select.crossJoin(table));
    }

    /** Adds a filter; several calls combine with AND. */
    public SelectQuery where(Condition condition) {
        return with(select.where(condition));
    }

    public SelectQuery groupBy(Expression<?>... expressions) {
        return with(select.groupBy(expressions));
    }

    /** Adds a group filter; several calls combine with AND. */
    public SelectQuery having(Condition condition) {
        return with(select.having(condition));
    }

    /** Appends sort keys: {@code orderBy(USERS.name.asc())}. */
    public SelectQuery orderBy(Order... keys) {
        return with(select.orderBy(keys));
    }

    public SelectQuery limit(long count) {
        return with(select.limit(count));
    }

    public SelectQuery offset(long count) {
        return with(select.offset(count));
    }

    /** FOR UPDATE; a clear error on SQLite. */
    public SelectQuery forUpdate() {
        return with(select.forUpdate());
    }

    /** FOR SHARE; a clear error on SQLite. */
    public SelectQuery forShare() {
        return with(select.forShare());
    }

    public SelectQuery noWait() {
        return with(select.noWait());
    }

    public SelectQuery skipLocked() {
        return with(select.skipLocked());
    }

    /** Keyset pagination: the rows after these values of the sort keys; see {@link Select#seekAfter(List)}. */
    public SelectQuery seekAfter(Object... lastValues) {
        return with(select.seekAfter(lastValues));
    }

    /** Keyset pagination after a row this query returned: its values of the sort keys. */
    public SelectQuery seekAfter(Row lastRow) {
        return with(select.seekAfter(lastRow.sortKeyValues(select.orderBy())));
    }

    public CombinedQuery union(SelectQuery other) {
        return combine(SetOperator.UNION, other.select);
    }

    public CombinedQuery unionAll(SelectQuery other) {
        return combine(SetOperator.UNION_ALL, other.select);
    }

    public CombinedQuery intersect(SelectQuery other) {
        return combine(SetOperator.INTERSECT, other.select);
    }

    public CombinedQuery except(SelectQuery other) {
        return combine(SetOperator.EXCEPT, other.select);
    }

    /**
     * This query with relations loaded together with its rows:
     * {@code include(Include.of(AUTHORS.books).include(BOOKS.reviews))}; see {@link IncludingQuery}.
     *
     * @throws dev.quarry.InvalidQueryException if an include does not start at a table this query reads
     */
    public IncludingQuery include(dev.quarry.sql.Include... includes) {
        return new IncludingQuery(transaction, select, List.of(includes));
    }

    /** This query with these relations loaded together with its rows, all their related rows each. */
    public IncludingQuery include(dev.quarry.sql.Relation<?, ?>... relations) {
        return new IncludingQuery(transaction, select, List.of()).include(relations);
    }

    /** All matching rows. */
    public List<Row> fetch() {
        return transaction.fetch(select);
    }

    /** The only matching row, or null; see {@link Transaction#fetchOne}. */
    public @Nullable Row fetchOne() {
        return transaction.fetchOne(select);
    }

    /**
     * The matching rows as a stream read {@code fetchSize} at a time; close it when done (it closes
     * at the latest when the transaction ends).
     */
    public Stream<Row> stream(int fetchSize) {
        return transaction.stream(select, fetchSize);
    }

    /**
     * All matching rows, each mapped to a record whose components match the selected columns by
     * name ({@code manager_id} fills {@code managerId}); see {@link Transaction#fetchInto}.
     *
     * @throws RecordMappingException before the query runs if the record does not fit its columns
     */
    public <R extends Record> List<R> fetchInto(Class<R> recordClass) {
        return transaction.fetchInto(select, recordClass);
    }

    /** The only matching row as a record, or null; see {@link Transaction#fetchOneInto}. */
    public <R extends Record> @Nullable R fetchOneInto(Class<R> recordClass) {
        return transaction.fetchOneInto(select, recordClass);
    }

    /** The matching rows as a stream of records; see {@link #stream(int)} and {@link Transaction#fetchInto}. */
    public <R extends Record> Stream<R> streamInto(Class<R> recordClass, int fetchSize) {
        return transaction.streamInto(select, recordClass, fetchSize);
    }

    /** The number of matching rows. */
    public long count() {
        return transaction.count(select);
    }

    /** The database's plan for this query, without running it; see {@link Transaction#explain}. */
    public List<String> explain() {
        return transaction.explain(select, false);
    }

    /**
     * The database's plan for this query; with {@code analyze}, the query runs and the plan tells
     * what it cost. See {@link Transaction#explain}.
     *
     * @throws dev.quarry.UnsupportedFeatureException with {@code analyze} on SQLite, before anything is sent
     */
    public List<String> explain(boolean analyze) {
        return transaction.explain(select, analyze);
    }

    /** The statement, for reuse, subqueries and CTEs. */
    public Select statement() {
        return select;
    }

    /** The SQL and binds this query runs. */
    public RenderedSql toSql() {
        return select.toSql(transaction.dialect());
    }

    private SelectQuery with(Select changed) {
        return new SelectQuery(transaction, changed);
    }

    private CombinedQuery combine(SetOperator operator, Query right) {
        return new CombinedQuery(transaction, new SetQuery(select, operator, right, List.of(), null, null));
    }
}
