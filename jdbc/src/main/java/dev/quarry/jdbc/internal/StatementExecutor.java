package dev.quarry.jdbc.internal;

import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.DataAccessException;
import dev.quarry.jdbc.ExecutedStatement;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.StatementListener;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.Column;
import dev.quarry.sql.Count;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Query;
import dev.quarry.sql.Update;
import dev.quarry.sql.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders statements, binds their values, runs them on a given connection and decodes the rows:
 * the only code that calls the driver for queries. Driver failures become
 * {@link DataAccessException}s that name the statement. Stateless apart from its configuration;
 * thread-safe.
 */
public final class StatementExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(StatementExecutor.class);

    private final String databaseName;
    private final Dialect dialect;
    private final ValueCodecs codecs;
    private final StatementListener listener;

    public StatementExecutor(String databaseName, Dialect dialect, StatementListener listener) {
        this.databaseName = databaseName;
        this.dialect = dialect;
        this.codecs = new ValueCodecs(dialect);
        this.listener = listener;
    }

    /** Runs a query and decodes every row. */
    public List<Row> fetch(Connection connection, Query query) {
        return fetchRows(connection, query, query.projection());
    }

    /**
     * Runs an INSERT, UPDATE or DELETE with RETURNING and decodes the returned rows.
     *
     * @throws IllegalArgumentException if the statement returns nothing
     */
    public List<Row> fetchReturning(Connection connection, Statement statement) {
        List<Expression<?>> returned = statement instanceof Insert insert ? insert.returning()
                : statement instanceof Update update ? update.returning()
                : statement instanceof Delete delete ? delete.returning()
                : List.of();
        if (returned.isEmpty()) {
            throw new IllegalArgumentException("the statement returns no rows; give it returning(…) first");
        }
        return fetchRows(connection, statement, returned);
    }

    private List<Row> fetchRows(Connection connection, Statement statement, List<Expression<?>> columns) {
        RenderedSql rendered = dialect.render(statement);
        RowLayout layout = new RowLayout(columns);
        ValueCodec<?>[] readers = new ValueCodec<?>[layout.size()];
        for (int i = 0; i < readers.length; i++) {
            readers[i] = codecs.codecFor(layout.expression(i).sqlType());
        }
        return run(rendered, List::size, () -> {
            try (PreparedStatement prepared = prepare(connection, rendered);
                    ResultSet resultSet = prepared.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (resultSet.next()) {
                    @Nullable Object[] values = new Object[readers.length];
                    for (int i = 0; i < readers.length; i++) {
                        values[i] = readers[i].read(resultSet, i + 1);
                    }
                    rows.add(new Row(layout, values));
                }
                return rows;
            }
        });
    }

    /** Runs a count. */
    public long count(Connection connection, Count count) {
        RenderedSql rendered = dialect.render(count);
        return run(rendered, n -> 1, () -> {
            try (PreparedStatement statement = prepare(connection, rendered);
                    ResultSet resultSet = statement.executeQuery()) {
                resultSet.next();
                return resultSet.getLong(1);
            }
        });
    }

    /** Runs a statement without a result set; returns the affected row count. */
    public int update(Connection connection, Statement statement) {
        if (statement instanceof Query || statement instanceof Count) {
            throw new IllegalArgumentException("a " + statement.getClass().getSimpleName()
                    + " returns rows; run it with fetch or count");
        }
        RenderedSql rendered = dialect.render(statement);
        return run(rendered, n -> n, () -> {
            try (PreparedStatement prepared = prepare(connection, rendered)) {
                return prepared.executeUpdate();
            }
        });
    }

    /** Runs an insert and returns the value generated for the table's auto-increment column. */
    public long insertReturningId(Connection connection, Insert insert) {
        Column<?> key = insert.into().autoIncrementColumn();
        if (key == null) {
            throw new IllegalArgumentException("table " + insert.into() + " has no auto-increment column to return");
        }
        if (dialect.supportsInsertReturning()) {
            RenderedSql rendered = dialect.render(insert.returning(key));
            return run(rendered, id -> 1, () -> {
                try (PreparedStatement statement = prepare(connection, rendered);
                        ResultSet keys = statement.executeQuery()) {
                    return firstKey(keys, insert);
                }
            });
        }
        RenderedSql rendered = dialect.render(insert);
        return run(rendered, id -> 1, () -> {
            try (PreparedStatement statement =
                    connection.prepareStatement(rendered.sql(), java.sql.Statement.RETURN_GENERATED_KEYS)) {
                bind(statement, rendered.binds());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    return firstKey(keys, insert);
                }
            }
        });
    }

    private static long firstKey(ResultSet keys, Insert insert) throws SQLException {
        if (!keys.next()) {
            throw new SQLException("the database returned no generated key for the insert into " + insert.into());
        }
        return keys.getLong(1);
    }

    private PreparedStatement prepare(Connection connection, RenderedSql rendered) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(rendered.sql());
        try {
            bind(statement, rendered.binds());
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
        return statement;
    }

    private void bind(PreparedStatement statement, List<Bind> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Bind bind = binds.get(i);
            codecs.codecFor(bind.type()).bindNullable(statement, i + 1, bind.value());
        }
    }

    private <R> R run(RenderedSql rendered, RowCounter<R> rowCounter, SqlCall<R> call) {
        long start = System.nanoTime();
        try {
            R result = call.run();
            report(rendered, start, rowCounter.rows(result), null);
            return result;
        } catch (SQLException e) {
            DataAccessException failure = new DataAccessException(describe(e, rendered), rendered.sql(), e);
            report(rendered, start, -1, failure);
            throw failure;
        } catch (RuntimeException e) {
            report(rendered, start, -1, e);
            throw e;
        }
    }

    private String describe(SQLException e, RenderedSql rendered) {
        return e.getMessage() + " [SQLState " + e.getSQLState() + "] on " + databaseName + " (" + dialect.name()
                + ") while running: " + rendered.sql();
    }

    private void report(RenderedSql rendered, long start, long rows, @Nullable Throwable failure) {
        if (listener == StatementListener.NONE) {
            return;
        }
        try {
            listener.onStatement(new ExecutedStatement(
                    databaseName, rendered.sql(), rendered.binds(), System.nanoTime() - start, rows, failure));
        } catch (RuntimeException e) {
            LOG.warn("statement listener of {} failed", databaseName, e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<R> {
        R run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowCounter<R> {
        long rows(R result);
    }
}
