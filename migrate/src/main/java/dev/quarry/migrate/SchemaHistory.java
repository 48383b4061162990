package dev.quarry.migrate;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the history table with parameterised JDBC on the connection it is given, in
 * that connection's current transaction. The table's DDL is the engine's. Holds only prepared SQL
 * text; thread-safe.
 */
final class SchemaHistory {
    private final SchemaHistoryTable table;
    private final Dialect dialect;
    private final RunnerDialect runnerDialect;
    private final String select;
    private final String selectOne;
    private final String insert;
    private final String finish;
    private final String delete;
    private final String deleteFailed;

    SchemaHistory(SchemaHistoryTable table, Dialect dialect) {
        this.table = table;
        this.dialect = dialect;
        this.runnerDialect = RunnerDialects.forDialect(dialect);
        HistorySql sql = new HistorySql(table, dialect);
        this.select = "SELECT " + sql.columns(table.columns()) + " FROM " + sql.quotedTable() + " ORDER BY "
                + sql.column(table.version);
        this.selectOne = "SELECT " + sql.columns(table.columns()) + " FROM " + sql.quotedTable() + " WHERE "
                + sql.column(table.version) + " = ?";
        this.insert = "INSERT INTO " + sql.quotedTable() + " (" + sql.columns(table.columns()) + ") VALUES ("
                + "?, ".repeat(table.columns().size() - 1) + "?)";
        this.finish = "UPDATE " + sql.quotedTable() + " SET " + sql.column(table.executionMs) + " = ?, "
                + sql.column(table.success) + " = ?, " + sql.column(table.failureMessage) + " = ? WHERE "
                + sql.column(table.version) + " = ?";
        this.delete = "DELETE FROM " + sql.quotedTable() + " WHERE " + sql.column(table.version) + " = ?";
        this.deleteFailed = "DELETE FROM " + sql.quotedTable() + " WHERE " + sql.column(table.success) + " = ?";
    }

    String tableName() {
        return table.tableName();
    }

    boolean exists(Connection connection) throws SQLException {
        return runnerDialect.tableExists(connection, dialect.naming().databaseName(table.tableName()));
    }

    /** Creates the table unless it exists. */
    void create(Connection connection) throws SQLException {
        for (Statement statement : new CreateTable(table, true).statementsFor(dialect)) {
            try (java.sql.Statement jdbc = connection.createStatement()) {
                jdbc.execute(dialect.render(statement).sql());
            }
        }
    }

    /** Every row, by version; empty if the table does not exist. */
    List<HistoryEntry> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            return rows(statement);
        }
    }

    /** The row of a version, or null; the table must exist. */
    @Nullable HistoryEntry find(Connection connection, long version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(selectOne)) {
            statement.setLong(1, version);
            List<HistoryEntry> found = rows(statement);
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private static List<HistoryEntry> rows(PreparedStatement statement) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entries.add(new HistoryEntry(rows.getLong(1), rows.getString(2),
                        MigrationKind.fromStoredName(rows.getString(3)), rows.getString(4), rows.getString(5),
                        Instant.parse(rows.getString(6)), rows.getLong(7), rows.getBoolean(8), rows.getString(9)));
            }
        }
        return entries;
    }

    void insert(Connection connection, HistoryEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setLong(1, entry.version());
            statement.setString(2, cut(entry.description(), SchemaHistoryTable.DESCRIPTION_LENGTH));
            statement.setString(3, entry.kind().storedName());
            setText(statement, 4, entry.checksum());
            statement.setString(5, cut(entry.installedBy(), SchemaHistoryTable.INSTALLED_BY_LENGTH));
            statement.setString(6, InstallationTime.format(entry.installedAt()));
            statement.setLong(7, entry.executionMillis());
            statement.setBoolean(8, entry.success());
            setText(statement, 9, entry.failureMessage());
            statement.executeUpdate();
        }
    }

    /** Records how a run that was recorded before it started ended. */
    void finish(Connection connection, long version, long executionMillis, @Nullable String failureMessage)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(finish)) {
            statement.setLong(1, executionMillis);
            statement.setBoolean(2, failureMessage == null);
            setText(statement, 3, failureMessage);
            statement.setLong(4, version);
            statement.executeUpdate();
        }
    }

    void delete(Connection connection, long version) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setLong(1, version);
            statement.executeUpdate();
        }
    }

    /** Deletes the rows of failed runs; returns how many. */
    int deleteFailed(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(deleteFailed)) {
            statement.setBoolean(1, false);
            return statement.executeUpdate();
        }
    }

    private static void setText(PreparedStatement statement, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    /** Quoted names for the history table's SQL. */
    private record HistorySql(SchemaHistoryTable table, Dialect dialect) {
        String quotedTable() {
            StringBuilder out = new StringBuilder();
            dialect.quoteIdentifier(out, table.tableName());
            return out.toString();
        }

        String column(Column<?> column) {
            StringBuilder out = new StringBuilder();
            dialect.quoteIdentifier(out, column.name());
            return out.toString();
        }

        String columns(List<Column<?>> columns) {
            List<String> names = new ArrayList<>();
            for (Column<?> column : columns) {
                names.add(column(column));
            }
            return String.join(", ", names);
        }
    }
}
