package dev.quarry.jdbc.internal;

import dev.quarry.sql.Computed;
import dev.quarry.sql.Expression;
import dev.quarry.sql.SqlTemplate;
import dev.quarry.sql.SqlType;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a result of SQL written by hand, known only from the driver's metadata: each is
 * an expression named by its label, so rows are read by label and mapped to records and
 * serializable classes by name like any other. Each column is decoded with the codec of the SQL
 * type its JDBC type stands for, the way the dialect stores that type; a column the driver does
 * not type (an expression on SQLite) is read as the driver gives it, dates as {@code java.time}.
 * Stateless.
 */
final class RawColumns {
    private static final ValueCodec<Object> AS_GIVEN = ValueCodec.of(Types.OTHER,
            (statement, index, value) -> statement.setObject(index, value),
            (resultSet, index) -> normalised(resultSet.getObject(index)));

    /** The type of a column read as the driver gives it. */
    private static final SqlType<Object> ANY = SqlType.mapped("value as the driver reads it", Object.class, SqlType.TEXT,
            text -> text, String::valueOf);

    private RawColumns() {
    }

    /**
     * The layout of a result's columns, each named by its label and typed as any value, so that a
     * record component or property of any class takes it where it converts exactly.
     */
    static RowLayout layout(ResultSetMetaData metadata) throws SQLException {
        List<Expression<?>> columns = new ArrayList<>(metadata.getColumnCount());
        for (int column = 1; column <= metadata.getColumnCount(); column++) {
            String label = metadata.getColumnLabel(column);
            SqlTemplate name = new SqlTemplate(List.of(label), List.of(), List.of());
            columns.add(new Computed.Template<>(name, ANY).as(label));
        }
        return new RowLayout(columns);
    }

    /** The readers of a result's columns, in order. */
    static ValueCodec<?>[] readers(ResultSetMetaData metadata, ValueCodecs codecs) throws SQLException {
        ValueCodec<?>[] readers = new ValueCodec<?>[metadata.getColumnCount()];
        for (int column = 1; column <= readers.length; column++) {
            SqlType<?> type = typeOf(metadata, column);
            readers[column - 1] = type == null ? AS_GIVEN : codecs.codecFor(type);
        }
        return readers;
    }

    /**
     * The SQL type whose codec reads a column: dates, times and bytes, whose storage differs by
     * dialect (text on SQLite); null for every other column, which the driver's own classes read
     * exactly ({@code Integer}, {@code Long}, {@code BigDecimal}, {@code Double}, {@code String},
     * {@code Boolean}), whatever type a SQLite expression has row by row.
     */
    private static @Nullable SqlType<?> typeOf(ResultSetMetaData metadata, int column) throws SQLException {
        return switch (metadata.getColumnType(column)) {
            case Types.DATE -> SqlType.DATE;
            case Types.TIME -> SqlType.TIME;
            case Types.TIMESTAMP -> "timestamptz".equalsIgnoreCase(metadata.getColumnTypeName(column))
                    ? SqlType.TIMESTAMP : SqlType.DATETIME;
            case Types.TIMESTAMP_WITH_TIMEZONE -> SqlType.TIMESTAMP;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> SqlType.BINARY;
            default -> null;
        };
    }

    /** A value as the driver gave it, with JDBC's date classes turned into {@code java.time}. */
    private static @Nullable Object normalised(@Nullable Object value) {
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Time time) {
            return time.toLocalTime();
        }
        return value;
    }
}
