package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.Transaction;
import dev.quarry.policy.PolicyContext;
import dev.quarry.sql.Count;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A transaction seen through a policy context: every statement built with the query language runs
 * policed with the context; the rest is the transaction's own. Immutable; as thread-safe as the
 * transaction.
 */
final class PolicyBoundTransaction implements Transaction {
    private final JdbcTransaction transaction;
    private final PolicyContext context;

    PolicyBoundTransaction(JdbcTransaction transaction, PolicyContext context) {
        this.transaction = transaction;
        this.context = java.util.Objects.requireNonNull(context, "context");
        PolicyStep.logBypass(context);
    }

    @Override
    public Database database() {
        return transaction.database();
    }

    @Override
    public Transaction withPolicyContext(PolicyContext other) {
        return new PolicyBoundTransaction(transaction, other);
    }

    @Override
    public List<Row> fetch(Query query) {
        return transaction.fetch(query, context);
    }

    @Override
    public List<String> explain(Query query, boolean analyze) {
        return transaction.explain(query, analyze, context);
    }

    @Override
    public <R extends Record> List<R> fetchInto(Query query, Class<R> recordClass) {
        return transaction.fetch(query, RecordReader.mapping(recordClass), context);
    }

    @Override
    public <R extends Record> Stream<R> streamInto(Query query, Class<R> recordClass, int fetchSize) {
        RecordReader<R> reader = RecordReader.forRows(recordClass, new RowLayout(query.projection()));
        return stream(query, fetchSize).map(reader::map);
    }

    @Override
    public long count(Count count) {
        return transaction.count(count, context);
    }

    @Override
    public int execute(Statement statement) {
        return transaction.execute(statement, context);
    }

    @Override
    public List<Row> fetchReturning(Statement statement) {
        return transaction.fetchReturning(statement, context);
    }

    @Override
    public void afterCommit(Runnable callback) {
        transaction.afterCommit(callback);
    }

    @Override
    public void afterRollback(Runnable callback) {
        transaction.afterRollback(callback);
    }

    @Override
    public int execute(String sql, @Nullable Object... parameters) {
        return transaction.execute(sql, parameters);
    }

    @Override
    public List<Row> fetch(String sql, @Nullable Object... parameters) {
        return transaction.fetch(sql, parameters);
    }

    @Override
    public <R extends Record> List<R> fetchInto(String sql, Class<R> recordClass, @Nullable Object... parameters) {
        return transaction.fetchInto(sql, recordClass, parameters);
    }

    @Override
    public Stream<Row> stream(String sql, int fetchSize, @Nullable Object... parameters) {
        return transaction.stream(sql, fetchSize, parameters);
    }

    @Override
    public void setRollbackOnly() {
        transaction.setRollbackOnly();
    }

    @Override
    public boolean isRollbackOnly() {
        return transaction.isRollbackOnly();
    }

    @Override
    public Stream<Row> stream(Query query, int fetchSize) {
        return transaction.stream(query, fetchSize, context);
    }

    @Override
    public long insertAndGetId(Insert insert) {
        return transaction.insertAndGetId(insert, context);
    }

    @Override
    public String toString() {
        return "Transaction(" + database().name() + ") in " + context;
    }
}
