package dev.quarry.migrate;

import dev.quarry.dialect.Dialect;
import dev.quarry.jdbc.internal.ValueCodecs;
import dev.quarry.render.Bind;
import dev.quarry.render.RenderedSql;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a migration runs on: the runner's JDBC connection and the database's dialect. It counts the
 * statements run and remembers the one running, so a failure can name it.
 *
 * <p>Valid only while its migration runs; confined to the runner's thread, not thread-safe. Do not
 * commit, roll back, close the connection or change its auto-commit mode.
 */
public final class MigrationContext {
    private final Connection connection;
    private final Dialect dialect;
    private final ValueCodecs codecs;
    private @Nullable String runningStatement;
    private int statementsRun;

    MigrationContext(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.codecs = new ValueCodecs(dialect);
    }

    /** The runner's connection, for queries and driver features a migration needs. */
    public Connection connection() {
        return connection;
    }

    /** The dialect of the database, to render engine statements or choose SQL. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * Runs SQL with its parameters bound in order with {@code setObject}. Without parameters the SQL
     * is sent as it is, so {@code ?} in it is no placeholder.
     *
     * @return the update count, or -1 if the statement returned rows (which are discarded)
     */
    public int execute(String sql, @Nullable Object... parameters) throws SQLException {
        Objects.requireNonNull(sql, "sql");
        begin(sql);
        int count;
        if (parameters == null || parameters.length == 0) {
            try (java.sql.Statement statement = connection.createStatement()) {
                count = statement.execute(sql) ? -1 : statement.getUpdateCount();
            }
        } else {
            try (PreparedStatement prepared = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    prepared.setObject(i + 1, parameters[i]);
                }
                count = prepared.execute() ? -1 : prepared.getUpdateCount();
            }
        }
        finish();
        return count;
    }

    /**
     * Runs an engine statement rendered for the dialect, its values bound by their SQL types. A
     * {@link CreateTable} also creates the table's indexes the dialect declares separately; an
     * {@link Insert} gets its client defaults.
     *
     * @return the update count of the (last) statement, or -1 if it returned rows
     */
    public int execute(Statement statement) throws SQLException {
        Objects.requireNonNull(statement, "statement");
        if (statement instanceof CreateTable createTable) {
            int count = 0;
            for (Statement part : createTable.statementsFor(dialect)) {
                count = executeRendered(dialect.render(part));
            }
            return count;
        }
        Statement complete = statement instanceof Insert insert ? insert.withClientDefaults() : statement;
        return executeRendered(dialect.render(complete));
    }

    private int executeRendered(RenderedSql rendered) throws SQLException {
        begin(rendered.sql());
        int count;
        try (PreparedStatement prepared = connection.prepareStatement(rendered.sql())) {
            List<Bind> binds = rendered.binds();
            for (int i = 0; i < binds.size(); i++) {
                Bind bind = binds.get(i);
                codecs.codecFor(bind.type()).bindNullable(prepared, i + 1, bind.value());
            }
            count = prepared.execute() ? -1 : prepared.getUpdateCount();
        }
        finish();
        return count;
    }

    private void begin(String sql) {
        runningStatement = sql;
    }

    private void finish() {
        runningStatement = null;
        statementsRun++;
    }

    /** The statement started and not completed: the one that failed, after a failure; null otherwise. */
    @Nullable String runningStatement() {
        return runningStatement;
    }

    /** How many statements completed. */
    int statementsRun() {
        return statementsRun;
    }
}
