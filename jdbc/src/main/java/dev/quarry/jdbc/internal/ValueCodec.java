package dev.quarry.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Binds values of one SQL type to statements and reads them from result sets, the way one dialect
 * stores them. Stateless and thread-safe.
 */
public interface ValueCodec<T extends @Nullable Object> {

    /** Binds a non-null value. */
    void bind(PreparedStatement statement, int index, T value) throws SQLException;

    /** Reads a value, null for SQL NULL. */
    @Nullable T read(ResultSet resultSet, int index) throws SQLException;

    /** The {@link java.sql.Types} code used to bind NULL. */
    int jdbcType();

    /** Binds a value that may be null. */
    @SuppressWarnings("unchecked")
    default void bindNullable(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, jdbcType());
        } else {
            bind(statement, index, (T) value);
        }
    }

    /** A codec from its three parts. */
    static <T extends @Nullable Object> ValueCodec<T> of(int jdbcType, Binder<T> binder, Reader<T> reader) {
        return new ValueCodec<>() {
            @Override
            public void bind(PreparedStatement statement, int index, T value) throws SQLException {
                binder.bind(statement, index, value);
            }

            @Override
            public @Nullable T read(ResultSet resultSet, int index) throws SQLException {
                return reader.read(resultSet, index);
            }

            @Override
            public int jdbcType() {
                return jdbcType;
            }
        };
    }

    /** Binds a non-null value. */
    @FunctionalInterface
    interface Binder<T extends @Nullable Object> {
        void bind(PreparedStatement statement, int index, T value) throws SQLException;
    }

    /** Reads a value, null for SQL NULL. */
    @FunctionalInterface
    interface Reader<T extends @Nullable Object> {
        @Nullable T read(ResultSet resultSet, int index) throws SQLException;
    }
}
