package dev.quarry.jdbc.internal;

import dev.quarry.jdbc.Row;
import dev.quarry.render.RenderedSql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    private final boolean holdsConnection;
    private boolean exhausted;
    private boolean closed;
    /** The rest of the result once read into memory by {@link #detach()}; null while the driver holds it. */
    private @Nullable ArrayDeque<Row> detached;

    Cursor(PreparedStatement statement, ResultSet resultSet, RowLayout layout, ValueCodec<?>[] readers,
            RenderedSql rendered, StatementExecutor executor, boolean holdsConnection) {
        this.holdsConnection = holdsConnection;
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
        if (detached != null) {
            while (!detached.isEmpty() && batch.size() < max) {
                batch.add(detached.poll());
            }
            return batch;
        }
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

    /**
     * Frees the connection of a result that holds it until read to the end (MySQL Connector/J
     * streams row by row, and refuses any other statement on the connection meanwhile): reads the
     * rest into memory and closes the driver's result, so the transaction can run another
     * statement, as MariaDB Connector/J does by itself. Nothing for other results.
     */
    void detach() {
        if (!holdsConnection || closed || detached != null) {
            return;
        }
        ArrayDeque<Row> rest = new ArrayDeque<>();
        try {
            while (!exhausted) {
                if (resultSet.next()) {
                    rest.add(StatementExecutor.readRow(resultSet, layout, readers));
                } else {
                    exhausted = true;
                }
            }
        } catch (SQLException e) {
            close();
            throw executor.readFailure(e, rendered);
        }
        releaseDriverResult();
        detached = rest;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (detached != null) {
            detached = null;
            return;
        }
        releaseDriverResult();
    }

    private void releaseDriverResult() {
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
