package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.Dialects;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.observation.TransactionObserver;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Count;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Update;
import dev.quarry.jdbc.internal.driver.MySqlDrivers;
import dev.quarry.jdbc.internal.driver.PostgresCopy;
import dev.quarry.jdbc.internal.driver.ReturnedRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Renders statements, binds their values, runs them on a given connection under a
 * {@link StatementGuard} and decodes the rows: the only code that calls the driver for statements.
 * Driver failures become {@link DataAccessException}s that name the statement. Stateless apart
 * from its configuration; thread-safe.
 */
public final class StatementExecutor {
    /** A statement whose returned rows count as rows read against the query budget. */
    private static final boolean READS = true;
    /** A statement that returns no rows to the caller, or only a generated key. */
    private static final boolean WRITES = false;

    private final String databaseName;
    private final Dialect dialect;
    private final ValueCodecs codecs;
    private final int copyThreshold;

    /**
     * @param copyThreshold the number of rows from which an insert runs as PostgreSQL COPY where it
     *     qualifies, or 0 for never
     */
    public StatementExecutor(String databaseName, Dialect dialect, int copyThreshold) {
        this.databaseName = databaseName;
        this.dialect = dialect;
        this.codecs = new ValueCodecs(dialect);
        this.copyThreshold = copyThreshold;
    }

    /** Runs a query and decodes every row. */
    public List<Row> fetch(Connection connection, StatementGuard guard, Query query) {
        return fetch(connection, guard, query, ResultMapping.ROWS);
    }

    /**
     * Runs a query and turns every row into an object; the mapping's reader is made before the
     * statement runs, so a mapping that does not fit the query fails without running it.
     */
    public <T extends @Nullable Object> List<T> fetch(Connection connection, StatementGuard guard, Query query, ResultMapping<T> mapping) {
        return fetchRows(connection, guard, query, query.projection(), mapping);
    }

    /** Runs a query after the policy step: rows are looked up by the plan's columns and pass its client-side masks. */
    public <T extends @Nullable Object> List<T> fetch(Connection connection, StatementGuard guard, PolicyStep.ReadPlan plan,
            ResultMapping<T> mapping) {
        return fetchRows(connection, guard, plan.statement(), plan.columns(), mapping, plan.masks());
    }

    /**
     * Asks the database for the plan of a query, bound with the query's values, as lines of text
     * (see {@link QueryPlanText}); with {@code analyze}, the query runs and the plan tells what it cost.
     *
     * @throws dev.quarry.UnsupportedFeatureException before anything is sent if the database has no analyzing form
     */
    public List<String> explain(Connection connection, StatementGuard guard, Query query, boolean analyze) {
        RenderedSql explain = dialect.renderExplain(dialect.render(query), analyze);
        return run(connection, explain, null, guard, false, List::size, prepared -> {
            try (ResultSet resultSet = prepared.executeQuery()) {
                return QueryPlanText.read(resultSet);
            }
        });
    }

    /**
     * Runs an INSERT, UPDATE or DELETE with RETURNING and decodes the returned rows.
     *
     * @throws IllegalArgumentException if the statement returns nothing
     */
    public List<Row> fetchReturning(Connection connection, StatementGuard guard, Statement given) {
        return fetchReturning(connection, guard, new PolicyStep.ReadPlan(given, List.of(), null));
    }

    /** {@link #fetchReturning(Connection, StatementGuard, Statement)} after the policy step. */
    public List<Row> fetchReturning(Connection connection, StatementGuard guard, PolicyStep.ReadPlan plan) {
        Statement statement = withClientDefaults(plan.statement());
        List<Expression<?>> returned = statement instanceof Insert insert ? insert.returning()
                : statement instanceof Update update ? update.returning()
                : statement instanceof Delete delete ? delete.returning()
                : List.of();
        if (returned.isEmpty()) {
            throw new IllegalArgumentException("the statement returns no rows; give it returning(…) first");
        }
        if (statement instanceof Insert insert) {
            List<Insert> chunks = chunks(insert);
            if (chunks.size() > 1) {
                return AllOrNothing.run(connection, databaseName, () -> {
                    List<Row> rows = new ArrayList<>();
                    for (Insert chunk : chunks) {
                        rows.addAll(fetchRows(connection, guard, chunk, layoutOf(plan, returned), ResultMapping.ROWS, plan.masks()));
                    }
                    return rows;
                });
            }
        }
        return fetchRows(connection, guard, statement, layoutOf(plan, returned), ResultMapping.ROWS, plan.masks());
    }

    private static List<Expression<?>> layoutOf(PolicyStep.ReadPlan plan, List<Expression<?>> returned) {
        return plan.columns().isEmpty() ? returned : plan.columns();
    }

    /**
     * A VALUES insert split into statements that each stay under the dialect's limit of bind
     * values, judged by the binds of its first row.
     */
    private List<Insert> chunks(Insert insert) {
        int rows = insert.rows().size();
        if (rows < 2) {
            return List.of(insert);
        }
        int perRow = Math.max(1, dialect.render(insert.slice(0, 1)).binds().size());
        int limit = dialect.maxBindParameters();
        return (long) perRow * rows <= limit ? List.of(insert) : insert.chunks(Math.max(1, limit / perRow));
    }

    /** Whether an insert runs as a JDBC batch: several rows of plain values, where the dialect prefers it. */
    private boolean isBatchable(Insert insert) {
        if (insert.rows().size() < 2 || insert.onConflict() != null || !insert.returning().isEmpty()) {
            return false;
        }
        Column<?> generated = insert.into().autoIncrementColumn();
        if (!dialect.batchesRowInserts(generated != null && !insert.valueColumns().contains(generated))) {
            return false;
        }
        for (List<Assignment<?>> row : insert.rows()) {
            for (Assignment<?> assignment : row) {
                if (!(assignment.value() instanceof Expression.Param<?>)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Runs the one-row statement of an insert once per row, in one JDBC batch. */
    private int insertBatch(Connection connection, StatementGuard guard, Insert insert) {
        insert.requireComplete();
        RenderedSql oneRow = dialect.render(insert.slice(0, 1));
        List<Column<?>> order = insert.valueColumns();
        SqlType<?>[] types = new SqlType<?>[order.size()];
        ValueCodec<?>[] binders = new ValueCodec<?>[order.size()];
        RenderedSql batch = new RenderedSql(oneRow.sql(), List.of());
        return runPrepared(batch, insert, guard, WRITES, n -> n, () -> connection.prepareStatement(batch.sql()), prepared -> {
            for (List<Assignment<?>> row : insert.rows()) {
                for (int position = 0; position < row.size(); position++) {
                    Assignment<?> assignment = row.get(position);
                    // Rows set the same columns, usually in the same order.
                    Expression.Param<?> value = (Expression.Param<?>) assignment.value();
                    int index = order.get(position) == assignment.column() ? position : order.indexOf(assignment.column());
                    if (types[index] != value.type()) {
                        types[index] = value.type();
                        binders[index] = codecs.codecFor(value.type());
                    }
                    bindValue(binders[index], prepared, index + 1, value.value(), assignment.column().isSensitive());
                }
                prepared.addBatch();
            }
            int written = 0;
            for (int count : prepared.executeBatch()) {
                // A driver that sends the batch in bulk may not count per row; each row was inserted.
                written += count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : count;
            }
            return written;
        });
    }

    /** Runs a count. */
    public long count(Connection connection, StatementGuard guard, Count count) {
        RenderedSql rendered = dialect.render(count);
        return run(connection, rendered, null, guard, READS, n -> 1, prepared -> {
            try (ResultSet resultSet = prepared.executeQuery()) {
                resultSet.next();
                return resultSet.getLong(1);
            }
        });
    }

    /** Runs a statement without a result set; returns the affected row count. */
    public int update(Connection connection, StatementGuard guard, Statement given) {
        Statement statement = withClientDefaults(given);
        if (statement instanceof Query || statement instanceof Count) {
            throw new IllegalArgumentException("a " + statement.getClass().getSimpleName()
                    + " returns rows; run it with fetch or count");
        }
        if (statement instanceof Insert insert) {
            Integer copiedRows = copied(connection, guard, insert);
            if (copiedRows != null) {
                return copiedRows;
            }
            if (isBatchable(insert)) {
                return AllOrNothing.run(connection, databaseName, () -> insertBatch(connection, guard, insert));
            }
            List<Insert> chunks = chunks(insert);
            if (chunks.size() > 1) {
                return AllOrNothing.run(connection, databaseName, () -> {
                    int written = 0;
                    for (Insert chunk : chunks) {
                        written += run(connection, dialect.render(chunk), chunk, guard, WRITES, n -> n, PreparedStatement::executeUpdate);
                    }
                    return written;
                });
            }
        }
        RenderedSql rendered = dialect.render(statement);
        return run(connection, rendered, statement, guard, WRITES, n -> n, PreparedStatement::executeUpdate);
    }

    /**
     * Runs SQL written by hand, its parameters bound in order (see {@link HandWrittenParameters});
     * returns the update count, or -1 when it returned rows (which are discarded).
     */
    public int executeSql(Connection connection, StatementGuard guard, String sql, List<@Nullable Object> parameters) {
        RenderedSql rendered = new RenderedSql(sql, List.of());
        return run(connection, rendered, null, guard, WRITES, n -> n, prepared -> {
            HandWrittenParameters.bind(prepared, parameters, codecs);
            return prepared.execute() ? -1 : prepared.getUpdateCount();
        });
    }

    /**
     * Runs a query written by hand, its parameters bound as {@link #executeSql} does, and reads
     * its rows by the columns' labels (see {@link RawColumns}).
     */
    public <T extends @Nullable Object> List<T> fetchSql(Connection connection, StatementGuard guard, String sql,
            List<@Nullable Object> parameters, ResultMapping<T> mapping) {
        RenderedSql rendered = new RenderedSql(sql, List.of());
        return run(connection, rendered, null, guard, READS, List::size, prepared -> {
            HandWrittenParameters.bind(prepared, parameters, codecs);
            try (ResultSet resultSet = ReturnedRows.of(prepared)) {
                ResultSetMetaData metadata = resultSet.getMetaData();
                RowReader<T> reader = mapping.readerFor(RawColumns.layout(metadata), RawColumns.readers(metadata, codecs));
                List<T> rows = new ArrayList<>();
                while (resultSet.next()) {
                    rows.add(reader.read(resultSet));
                }
                return rows;
            }
        });
    }

    /** Runs an insert and returns the value generated for the table's auto-increment column. */
    public long insertReturningId(Connection connection, StatementGuard guard, Insert given) {
        Insert insert = given.withClientDefaults();
        Column<?> key = insert.into().autoIncrementColumn();
        if (key == null) {
            throw new IllegalArgumentException("table " + insert.into() + " has no auto-increment column to return");
        }
        if (dialect.supportsInsertReturning()) {
            RenderedSql rendered = dialect.render(insert.returning(key));
            return run(connection, rendered, insert, guard, WRITES, id -> 1, prepared -> {
                try (ResultSet keys = ReturnedRows.of(prepared)) {
                    return firstKey(keys, insert);
                }
            });
        }
        RenderedSql rendered = dialect.render(insert);
        return runPrepared(rendered, insert, guard, WRITES, id -> 1,
                () -> connection.prepareStatement(rendered.sql(), java.sql.Statement.RETURN_GENERATED_KEYS),
                prepared -> {
                    prepared.executeUpdate();
                    try (ResultSet keys = prepared.getGeneratedKeys()) {
                        return firstKey(keys, insert);
                    }
                });
    }

    /**
     * Runs each row of a VALUES insert as a statement of its own and returns, per row, the value
     * the database generated for its auto-increment column, or null where it reported none (a row
     * that gave the key itself). Where there is no INSERT … RETURNING, only a single-row insert
     * names its generated key exactly. All rows are written or none.
     */
    public List<@Nullable Long> insertEachReturningKey(Connection connection, StatementGuard guard, Insert given) {
        Insert insert = given.withClientDefaults();
        if (insert.rows().size() <= 1) {
            return java.util.Collections.singletonList(insertReportingKey(connection, guard, insert));
        }
        return AllOrNothing.run(connection, databaseName, () -> {
            List<@Nullable Long> keys = new ArrayList<>(insert.rows().size());
            for (int row = 0; row < insert.rows().size(); row++) {
                keys.add(insertReportingKey(connection, guard, insert.slice(row, row + 1)));
            }
            return keys;
        });
    }

    private @Nullable Long insertReportingKey(Connection connection, StatementGuard guard, Insert insert) {
        RenderedSql rendered = dialect.render(insert);
        return runPrepared(rendered, insert, guard, WRITES, key -> 1,
                () -> connection.prepareStatement(rendered.sql(), java.sql.Statement.RETURN_GENERATED_KEYS),
                prepared -> {
                    prepared.executeUpdate();
                    try (ResultSet keys = prepared.getGeneratedKeys()) {
                        return keys.next() ? keys.getLong(1) : null;
                    }
                });
    }

    /** An insert with its client defaults supplied, once per row; any other statement unchanged. */
    private static Statement withClientDefaults(Statement statement) {
        return statement instanceof Insert insert ? insert.withClientDefaults() : statement;
    }

    /** Runs a query and leaves its result open to be read a batch at a time. */
    public Cursor openCursor(Connection connection, StatementGuard guard, Query query, int fetchSize) {
        return openCursor(connection, guard, new PolicyStep.ReadPlan(query, query.projection(), null), fetchSize);
    }

    /** {@link #openCursor(Connection, StatementGuard, Query, int)} after the policy step. */
    public Cursor openCursor(Connection connection, StatementGuard guard, PolicyStep.ReadPlan plan, int fetchSize) {
        RenderedSql rendered = dialect.render(plan.statement());
        RowLayout layout = new RowLayout(plan.columns());
        ValueCodec<?>[] readers = MaskedReaders.wrap(readersFor(layout), plan.masks());
        return openCursor(connection, guard, rendered, fetchSize, prepared -> bind(prepared, rendered.binds()),
                result -> layout, result -> readers);
    }

    private Cursor openCursor(Connection connection, StatementGuard guard, RenderedSql rendered, int fetchSize, Binding binding,
            ResultShape<RowLayout> layoutOf, ResultShape<ValueCodec<?>[]> readersOf) {
        guard.beforeStatement(rendered.sql());
        Cursor cursor = openCounted(connection, guard, rendered, fetchSize, binding, layoutOf, readersOf);
        try {
            guard.afterStatement(rendered.sql(), 0);
        } catch (RuntimeException overBudget) {
            cursor.close();
            throw overBudget;
        }
        return cursor;
    }

    private Cursor openCounted(Connection connection, StatementGuard guard, RenderedSql rendered, int fetchSize, Binding binding,
            ResultShape<RowLayout> layoutOf, ResultShape<ValueCodec<?>[]> readersOf) {
        long start = System.nanoTime();
        PreparedStatement prepared = null;
        try {
            prepared = connection.prepareStatement(rendered.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            int driverFetchSize = MySqlDrivers.streamingFetchSize(connection, dialect, fetchSize);
            prepared.setFetchSize(driverFetchSize);
            binding.bind(prepared);
            guard.start(prepared::cancel);
            ResultSet resultSet;
            try {
                resultSet = prepared.executeQuery();
            } finally {
                guard.finish();
            }
            guard.requireUninterrupted(rendered.sql());
            report(guard, rendered, start, 0, null);
            return new Cursor(prepared, resultSet, layoutOf.of(resultSet), readersOf.of(resultSet), rendered, this,
                    driverFetchSize == Integer.MIN_VALUE);
        } catch (SQLException e) {
            closeQuietly(prepared);
            SQLException shown = SensitiveRedaction.of(rendered.binds()).apply(e);
            RuntimeException failure = guard.translate(describe(shown, rendered), rendered.sql(), shown, e);
            report(guard, rendered, start, -1, failure);
            throw failure;
        } catch (RuntimeException e) {
            closeQuietly(prepared);
            report(guard, rendered, start, -1, e);
            throw e;
        }
    }

    /** Runs a query written by hand and leaves its result open to be read a batch at a time. */
    public Cursor openSqlCursor(Connection connection, StatementGuard guard, String sql, List<@Nullable Object> parameters,
            int fetchSize) {
        RenderedSql rendered = new RenderedSql(sql, List.of());
        return openCursor(connection, guard, rendered, fetchSize, prepared -> HandWrittenParameters.bind(prepared, parameters, codecs),
                result -> RawColumns.layout(result.getMetaData()), result -> RawColumns.readers(result.getMetaData(), codecs));
    }

    /** Decodes the current row of a result set. */
    static Row readRow(ResultSet resultSet, RowLayout layout, ValueCodec<?>[] readers) throws SQLException {
        @Nullable Object[] values = new Object[readers.length];
        for (int i = 0; i < readers.length; i++) {
            values[i] = readers[i].read(resultSet, i + 1);
        }
        return new Row(layout, values);
    }

    /** The failure for an error while reading a cursor's rows. */
    DataAccessException readFailure(SQLException e, RenderedSql rendered) {
        SQLException shown = SensitiveRedaction.of(rendered.binds()).apply(e);
        return DataAccessFailures.of(dialect, describe(shown, rendered), rendered.sql(), shown, DataAccessFailures.classify(dialect, e));
    }

    private <T extends @Nullable Object> List<T> fetchRows(Connection connection, StatementGuard guard, Statement statement,
            List<Expression<?>> columns, ResultMapping<T> mapping) {
        return fetchRows(connection, guard, statement, columns, mapping, null);
    }

    private <T extends @Nullable Object> List<T> fetchRows(Connection connection, StatementGuard guard, Statement statement,
            List<Expression<?>> columns, ResultMapping<T> mapping, @Nullable List<dev.quarry.policy.@Nullable ColumnMask<?>> masks) {
        RenderedSql rendered = dialect.render(statement);
        RowLayout layout = new RowLayout(columns);
        RowReader<T> reader = mapping.readerFor(layout, MaskedReaders.wrap(readersFor(layout), masks));
        return run(connection, rendered, statement instanceof Query ? null : statement, guard, READS, List::size, prepared -> {
            try (ResultSet resultSet = statement instanceof Query ? prepared.executeQuery() : ReturnedRows.of(prepared)) {
                List<T> rows = new ArrayList<>();
                while (resultSet.next()) {
                    rows.add(reader.read(resultSet));
                }
                return rows;
            }
        });
    }

    private ValueCodec<?>[] readersFor(RowLayout layout) {
        ValueCodec<?>[] readers = new ValueCodec<?>[layout.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = codecs.codecFor(layout.expression(i).sqlType());
        }
        return readers;
    }

    private static long firstKey(ResultSet keys, Insert insert) throws SQLException {
        if (!keys.next()) {
            throw new SQLException("the database returned no generated key for the insert into " + insert.into());
        }
        return keys.getLong(1);
    }

    private void bind(PreparedStatement statement, List<Bind> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Bind bind = binds.get(i);
            bindValue(codecs.codecFor(bind.type()), statement, i + 1, bind.value(), bind.sensitive());
        }
    }

    /** Binds one value; a codec's complaint about a sensitive value is reported without the value. */
    private static void bindValue(ValueCodec<?> codec, PreparedStatement statement, int index, @Nullable Object value,
            boolean sensitive) throws SQLException {
        if (!sensitive) {
            codec.bindNullable(statement, index, value);
            return;
        }
        try {
            codec.bindNullable(statement, index, value);
        } catch (InvalidValueException e) {
            throw SensitiveRedaction.withoutValue(e, value, index);
        }
    }

    private <R extends @Nullable Object> R run(Connection connection, RenderedSql rendered, @Nullable Statement write,
            StatementGuard guard, boolean readsRows, RowCounter<R> rowCounter, SqlCall<R> call) {
        return runPrepared(rendered, write, guard, readsRows, rowCounter, () -> connection.prepareStatement(rendered.sql()), call);
    }

    /**
     * Runs one statement: counted against the budget before it is sent, reported when it ended,
     * and its rows counted against the budget after it ran, if {@code readsRows}; {@code write} is
     * the insert, update or delete it runs (whose failure may quote rows of its table), or null.
     */
    private <R extends @Nullable Object> R runPrepared(RenderedSql rendered, @Nullable Statement write, StatementGuard guard,
            boolean readsRows, RowCounter<R> rowCounter, StatementFactory factory, SqlCall<R> call) {
        guard.beforeStatement(rendered.sql());
        R result = runCounted(rendered, write, guard, rowCounter, factory, call);
        guard.afterStatement(rendered.sql(), readsRows ? rowCounter.rows(result) : 0);
        return result;
    }

    private <R extends @Nullable Object> R runCounted(RenderedSql rendered, @Nullable Statement write, StatementGuard guard,
            RowCounter<R> rowCounter, StatementFactory factory, SqlCall<R> call) {
        long start = System.nanoTime();
        try (PreparedStatement prepared = factory.prepare()) {
            bind(prepared, rendered.binds());
            guard.start(prepared::cancel);
            R result;
            try {
                result = call.run(prepared);
            } finally {
                guard.finish();
            }
            return succeeded(guard, rendered, start, result, rowCounter.rows(result));
        } catch (SQLException e) {
            throw failed(guard, rendered, write, start, e);
        } catch (RuntimeException e) {
            report(guard, rendered, start, -1, e);
            throw e;
        }
    }

    /** The result of a statement that returned, once the guard confirmed nothing cut it short; reported to the observer. */
    private <R extends @Nullable Object> R succeeded(StatementGuard guard, RenderedSql rendered, long start, R result, long rows) {
        guard.requireUninterrupted(rendered.sql());
        report(guard, rendered, start, rows, null);
        return result;
    }

    /**
     * The failure of a statement the driver refused, as the guard translates it, with the values of
     * sensitive columns redacted; reported to the observer.
     */
    private RuntimeException failed(StatementGuard guard, RenderedSql rendered, @Nullable Statement write, long start, SQLException e) {
        SQLException shown = SensitiveRedaction.forFailure(rendered, write).apply(e);
        RuntimeException failure = guard.translate(describe(shown, rendered), rendered.sql(), shown, e);
        report(guard, rendered, start, -1, failure);
        return failure;
    }

    /**
     * Runs an insert of at least {@code copyThreshold} rows as PostgreSQL {@code COPY … FROM STDIN}
     * where it qualifies (see {@link CopyRows}) and the connection is pgjdbc's; returns the rows
     * written, or null where the insert keeps its ordinary statements. COPY is one statement, so a
     * failure writes no row; where the ordinary statements would have been several, it runs behind
     * their savepoint, so the transaction stays usable after a failure as it would have.
     */
    private @Nullable Integer copied(Connection connection, StatementGuard guard, Insert insert) {
        if (copyThreshold == 0 || insert.rows().size() < copyThreshold || !dialect.name().equals(Dialects.POSTGRESQL.name())) {
            return null;
        }
        PostgresCopy copy = PostgresCopy.on(connection);
        if (copy == null) {
            return null;
        }
        insert.requireComplete();
        CopyRows rows = CopyRows.of(insert, dialect);
        if (rows == null) {
            return null;
        }
        RenderedSql rendered = new RenderedSql(rows.sql(), List.of());
        Supplier<Integer> run = () -> {
            guard.beforeStatement(rendered.sql());
            int written = Math.toIntExact(copy(guard, rendered, insert, copy, rows));
            guard.afterStatement(rendered.sql(), 0);
            return written;
        };
        // Where the VALUES statements would have been several, their savepoint keeps the transaction usable after a failure.
        return chunks(insert).size() > 1 ? AllOrNothing.run(connection, databaseName, run) : run.get();
    }

    /** Sends the COPY, which the guard may cancel on the server until it ends; returns the rows written. */
    private long copy(StatementGuard guard, RenderedSql rendered, Insert insert, PostgresCopy copy, CopyRows rows) {
        long start = System.nanoTime();
        try {
            guard.start(copy::cancel);
            long written;
            try {
                written = copy.copyIn(rows.sql(), rows.data());
            } finally {
                guard.finish();
            }
            return succeeded(guard, rendered, start, written, written);
        } catch (SQLException e) {
            throw failed(guard, rendered, insert, start, e);
        } catch (RuntimeException e) {
            report(guard, rendered, start, -1, e);
            throw e;
        }
    }

    private String describe(SQLException e, RenderedSql rendered) {
        return e.getMessage() + (e.getSQLState() == null ? "" : " [SQLState " + e.getSQLState() + "]") + " on " + databaseName
                + " (" + dialect.name() + ") while running: " + rendered.sql();
    }

    /** Tells the transaction's observer about a statement that finished or failed. */
    private void report(StatementGuard guard, RenderedSql rendered, long start, long rows, @Nullable Throwable failure) {
        TransactionObserver observer = guard.observer();
        if (observer != TransactionObserver.NONE) {
            observer.statementExecuted(new ExecutedStatement(
                    databaseName, rendered.sql(), rendered.binds(), System.nanoTime() - start, rows, failure));
        }
    }

    private static void closeQuietly(java.sql.@Nullable Statement statement) {
        if (statement != null) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // Closing after a failure; the original failure is what matters.
            }
        }
    }

    @FunctionalInterface
    private interface SqlCall<R extends @Nullable Object> {
        R run(PreparedStatement prepared) throws SQLException;
    }

    @FunctionalInterface
    private interface StatementFactory {
        PreparedStatement prepare() throws SQLException;
    }

    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement prepared) throws SQLException;
    }

    @FunctionalInterface
    private interface ResultShape<T> {
        T of(ResultSet result) throws SQLException;
    }

    @FunctionalInterface
    private interface RowCounter<R extends @Nullable Object> {
        long rows(R result);
    }
}
