package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Row;
import dev.quarry.render.RenderedSql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An open result read a batch at a time, for streaming: the driver fetches rows as they are read
 * (a server-side cursor on PostgreSQL, streaming on MySQL/MariaDB, stepping on SQLite), so only a
 * batch is in memory. Belongs to one transaction, which closes it at the latest when it ends.
 * Reads are serialised by the transaction; not thread-safe on its own.
 */
public final class Cursor implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet resultSet;
    private final RowLayout layout;
    private final ValueCodec<?>[] readers;
    private final RenderedSql rendered;
    private final StatementExecutor executor;
    private boolean exhausted;
    private boolean closed;

    Cursor(PreparedStatement statement, ResultSet resultSet, RowLayout layout, ValueCodec<?>[] readers,
            RenderedSql rendered, StatementExecutor executor) {
        this.statement = statement;
        this.resultSet = resultSet;
        this.layout = layout;
        this.readers = readers;
        this.rendered = rendered;
        this.executor = executor;
    }

    /** The SQL text of the query it reads. */
    String sql() {
        return rendered.sql();
    }

    /** Up to {@code max} further rows; an empty list at the end. */
    List<Row> next(int max) {
        if (closed) {
            throw new IllegalStateException("the cursor over " + rendered.sql() + " is closed");
        }
        List<Row> batch = new ArrayList<>(Math.min(max, 1024));
        try {
            while (!exhausted && batch.size() < max) {
                if (resultSet.next()) {
                    batch.add(StatementExecutor.readRow(resultSet, layout, readers));
                } else {
                    exhausted = true;
                }
            }
        } catch (SQLException e) {
            close();
            throw executor.readFailure(e, rendered);
        }
        return batch;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            resultSet.close();
        } catch (SQLException ignored) {
            // Closing the statement below releases the result as well.
        }
        try {
            statement.close();
        } catch (SQLException ignored) {
            // Nothing more can be released.
        }
    }
}
