package dev.quarry.jdbc;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Count;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Delete;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An open transaction on one connection, handed to the work passed to
 * {@link Database#transaction}. Statements run in the order called; the transaction commits when
 * the work returns and rolls back when it throws. Calls from several threads are serialised. Using
 * it after the work returned is an error.
 */
public interface Transaction {

    /** The database this transaction belongs to. */
    Database database();

    /** The dialect statements are rendered in. */
    default Dialect dialect() {
        return database().dialect();
    }

    /**
     * This transaction seen through a policy context: statements run through the view are policed
     * with {@code context} (see {@link dev.quarry.policy.RowPolicies}); statements run on the
     * transaction itself use an empty context, in which statements on policed tables fail. The view
     * shares the transaction, its connection and its outcome; it is valid as long as the transaction.
     */
    Transaction withPolicyContext(dev.quarry.policy.PolicyContext context);

    /**
     * This transaction with row policies bypassed, for maintenance that must see every tenant's rows
     * or delete soft-deleted rows for good; column masks still apply. Each statement run through it
     * is logged with the reason at INFO on the logger {@code dev.quarry.policy}.
     */
    default Transaction withoutPolicies(String reason) {
        return withPolicyContext(dev.quarry.policy.PolicyContext.empty().bypassingPolicies(reason));
    }

    /** {@code SELECT * FROM table}, to be narrowed and run: {@code tx.selectFrom(USERS).where(…).fetch()}. */
    default SelectQuery selectFrom(Table table) {
        return new SelectQuery(this, Select.from(table));
    }

    /** {@code SELECT expressions…}; add a table with {@code from(…)}, or run it as it is. */
    default SelectQuery select(Expression<?>... expressions) {
        return new SelectQuery(this, Select.of(expressions));
    }

    /**
     * {@code INSERT INTO table}: {@code tx.insertInto(USERS).set(USERS.name, "Ada").execute()}, or from
     * a record: {@code tx.insertInto(USERS).values(user).execute()}.
     */
    default InsertQuery insertInto(Table table) {
        return new InsertQuery(this, Insert.into(table));
    }

    /** {@code UPDATE table}: {@code tx.update(USERS).set(USERS.age, 37).where(…).execute()}. */
    default UpdateQuery update(Table table) {
        return new UpdateQuery(this, Update.table(table));
    }

    /** {@code DELETE FROM table}: {@code tx.deleteFrom(USERS).where(…).execute()}. */
    default DeleteQuery deleteFrom(Table table) {
        return new DeleteQuery(this, Delete.from(table));
    }

    /**
     * Creates the table with its constraints, then its indexes where the dialect creates them by
     * separate statements; fails if it exists. For an audited table, also the audit table
     * ({@link dev.quarry.jdbc.audit.AuditLog}) unless it exists. A table's foreign keys need the tables they
     * reference to exist on PostgreSQL and MySQL/MariaDB: create those first.
     */
    default void createTable(Table table) {
        new CreateTable(table, false).statementsFor(dialect()).forEach(this::execute);
        if (table.isAudited()) {
            createTableIfNotExists(dev.quarry.jdbc.audit.AuditLog.TABLE);
        }
    }

    /**
     * Creates the table with its constraints unless a table of that name exists, and each of its
     * indexes unless an index of that name exists; running it again changes nothing. For an
     * audited table, also the audit table ({@link dev.quarry.jdbc.audit.AuditLog}).
     */
    default void createTableIfNotExists(Table table) {
        new CreateTable(table, true).statementsFor(dialect()).forEach(this::execute);
        if (table.isAudited()) {
            createTableIfNotExists(dev.quarry.jdbc.audit.AuditLog.TABLE);
        }
    }

    /** Drops the table; fails if it does not exist. */
    default void dropTable(Table table) {
        execute(new DropTable(table, false));
    }

    /** Drops the table if it exists. */
    default void dropTableIfExists(Table table) {
        execute(new DropTable(table, true));
    }

    /** Runs a query and reads all its rows. */
    List<Row> fetch(Query query);

    /**
     * Runs a query expected to return at most one row.
     *
     * @return the row, or null if none matched
     * @throws TooManyRowsException if more than one matched
     */
    default @Nullable Row fetchOne(Query query) {
        return atMostOne(fetch(atMostTwoRows(query)));
    }

    /**
     * The database's plan for a query, bound with the query's values, one line of text per line or
     * row of the plan: PostgreSQL's {@code EXPLAIN} (its text lines), MySQL's and MariaDB's
     * {@code EXPLAIN} (one {@code label=value, …} line per row), SQLite's {@code EXPLAIN QUERY PLAN}
     * (each step's detail, indented under its parent). With {@code analyze} the query runs, and the plan tells what each
     * step really cost: PostgreSQL's and MySQL's {@code EXPLAIN ANALYZE}, MariaDB's {@code ANALYZE}.
     * The text is the database's own and differs between versions; it is meant to be read, not parsed.
     *
     * @throws dev.quarry.UnsupportedFeatureException with {@code analyze} on SQLite, which has no
     *     such form, before anything is sent
     */
    List<String> explain(Query query, boolean analyze);

    /**
     * Runs a query and maps each row to a record of the class, in order.
     *
     * <p>Each record component takes the selected column, or the aliased expression
     * ({@code expression.as("name")}), of its name: the column's name or alias equals the component's
     * name, or becomes it when converted from snake_case to camelCase ({@code manager_id} fills
     * {@code managerId}). Every component takes exactly one selected expression and every selected
     * expression goes to a component. A component takes values of its own type, primitives and
     * their boxes alike; the one conversion is an {@code Integer} widening into a {@code long} or
     * {@code Long} component. These rules are checked before the query runs; a NULL for a primitive
     * component is found when the row is read. Records need not be public; the constructor and
     * class lookup happen once per record class.
     *
     * @throws IllegalArgumentException if the class is not a record
     * @throws RecordMappingException naming the component and the column that do not fit
     */
    <R extends Record> List<R> fetchInto(Query query, Class<R> recordClass);

    /**
     * Runs a query expected to return at most one row and maps it to a record as
     * {@link #fetchInto} does.
     *
     * @return the record, or null if no row matched
     * @throws TooManyRowsException if more than one matched
     */
    default <R extends Record> @Nullable R fetchOneInto(Query query, Class<R> recordClass) {
        return atMostOne(fetchInto(atMostTwoRows(query), recordClass));
    }

    /**
     * Runs a query and streams its rows mapped to records as {@link #fetchInto} does, {@code fetchSize}
     * rows at a time; close the stream as {@link #stream} says. A mapping that does not fit the
     * query fails before the query runs.
     */
    <R extends Record> Stream<R> streamInto(Query query, Class<R> recordClass, int fetchSize);

    /** Counts the rows a query returns. */
    default long count(Query query) {
        return count(new Count(query));
    }

    /** Runs a count. */
    long count(Count count);

    /**
     * Runs an insert, update, delete or DDL statement.
     *
     * @return the number of rows inserted, updated or deleted; 0 for DDL
     */
    int execute(Statement statement);

    /**
     * Runs an INSERT, UPDATE or DELETE that has {@code returning(…)} and reads the rows it returns.
     *
     * @throws dev.quarry.UnsupportedFeatureException where the dialect has no RETURNING for the statement
     */
    List<Row> fetchReturning(Statement statement);

    /**
     * Runs SQL written by hand, for what the query language does not cover; parameters are bound
     * in order with {@code setObject}. Returns the update count, or -1 when the SQL returned rows
     * (which are discarded).
     */
    int execute(String sql, @Nullable Object... parameters);

    /**
     * Runs a query written by hand, for what the query language does not cover, and reads its rows
     * by the columns' labels: {@code row.get("total", BigDecimal.class)}. Parameters are bound in
     * order, never written into the text; a value of a class the query language has a type for
     * ({@code LocalDate}, {@code Instant}, {@code UUID}, {@code BigDecimal} …) is bound the way
     * the dialect stores that type, so it compares with what Quarry wrote. Dates, times and bytes
     * are read as the dialect stores them; other columns as the driver reads them.
     */
    List<Row> fetch(String sql, @Nullable Object... parameters);

    /**
     * Runs a query written by hand, as {@link #fetch(String, Object...)} does, and maps each row
     * to a record of the class by the columns' labels, as {@link #fetchInto(Query, Class)} does;
     * numbers and ISO text convert to a component's class where nothing is lost. The mapping is
     * checked once the query has run, since only then are its columns known.
     *
     * @throws RecordMappingException naming the component and the column that do not fit
     */
    <R extends Record> List<R> fetchInto(String sql, Class<R> recordClass, @Nullable Object... parameters);

    /**
     * Runs a query written by hand, as {@link #fetch(String, Object...)} does, and streams its
     * rows {@code fetchSize} at a time; close the stream as {@link #stream(Query, int)} says.
     */
    Stream<Row> stream(String sql, int fetchSize, @Nullable Object... parameters);

    /**
     * Marks the transaction to roll back when it ends, without an exception: the work goes on and
     * returns its result, and nothing it wrote is committed. A transaction joined by nested work
     * is one transaction: marking it from the nested work rolls back the outer work too.
     */
    void setRollbackOnly();

    /**
     * Whether the transaction can only roll back: {@link #setRollbackOnly()} was called, or a limit of
     * its {@link QueryBudget} failed it (then its commit fails with {@link QueryBudgetExceededException}).
     */
    boolean isRollbackOnly();

    /**
     * Runs a query and streams its rows, {@code fetchSize} at a time, without holding them all in
     * memory. Close the stream (try-with-resources) when done; it is closed at the latest when the
     * transaction ends, and must be read inside it.
     */
    Stream<Row> stream(Query query, int fetchSize);

    /**
     * Runs an insert into a table with an auto-increment column and returns the generated value:
     * through RETURNING where the dialect has it, otherwise through the driver's generated keys.
     *
     * @throws IllegalArgumentException if the table has no auto-increment column
     */
    long insertAndGetId(Insert insert);

    /**
     * Runs the callback once the transaction has committed, exactly once, after the connection went
     * back to the pool, on the thread that ran the transaction: the place for work that must
     * follow a durable change (publishing an event, evicting a cache). It never runs when the
     * transaction rolls back, for an attempt that a retry policy runs again (the new attempt
     * registers its own), for a callback registered in a nested transaction that rolled back to its
     * savepoint, or when the outcome of the commit is unknown. Callbacks run in registration order;
     * one that throws is logged at ERROR on {@code dev.quarry.transaction}, the others still run
     * and the commit stands. Work joining this transaction registers on it.
     *
     * @throws IllegalStateException once the transaction has ended
     * @throws UnsupportedOperationException in a transaction that joins one of another manager
     *     ({@link ExternalTransactions}), whose outcome that manager decides
     */
    void afterCommit(Runnable callback);

    /**
     * Runs the callback once the transaction has rolled back (by a failure, or because it was
     * marked rollback-only), exactly once and outside the connection, as {@link #afterCommit} runs
     * its callbacks: never for an attempt that is retried, nor for a callback registered in a nested
     * transaction that rolled back to its savepoint. A callback that throws is logged and does
     * not replace the transaction's failure.
     *
     * @throws IllegalStateException once the transaction has ended
     * @throws UnsupportedOperationException in a transaction that joins one of another manager
     */
    void afterRollback(Runnable callback);

    /** The query limited to two rows, enough to tell one row from several, unless it returns fewer anyway. */
    private static Query atMostTwoRows(Query query) {
        Long limit = query.limit();
        return limit != null && limit <= 2 ? query
                : query instanceof Select select ? select.limit(2) : ((SetQuery) query).limit(2);
    }

    private static <T extends @Nullable Object> @Nullable T atMostOne(List<T> rows) {
        if (rows.size() > 1) {
            throw new TooManyRowsException("expected at most one row but the query returned more");
        }
        return rows.isEmpty() ? null : rows.get(0);
    }
}
