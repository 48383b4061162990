package dev.quarry.jdbc.internal;

import dev.quarry.policy.ColumnMask;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Column readers that pass each value read through a client-side mask. */
final class MaskedReaders {
    private MaskedReaders() {
    }

    /** The readers with the masked positions wrapped; the same array when nothing is masked. */
    static ValueCodec<?>[] wrap(ValueCodec<?>[] readers, @Nullable List<@Nullable ColumnMask<?>> masks) {
        if (masks == null) {
            return readers;
        }
        ValueCodec<?>[] wrapped = readers.clone();
        for (int i = 0; i < wrapped.length && i < masks.size(); i++) {
            ColumnMask<?> mask = masks.get(i);
            if (mask != null) {
                wrapped[i] = masked(readers[i], mask);
            }
        }
        return wrapped;
    }

    @SuppressWarnings("unchecked")
    private static <T extends @Nullable Object> ValueCodec<T> masked(ValueCodec<T> reader, ColumnMask<?> mask) {
        return new ValueCodec<>() {
            @Override
            public void bind(PreparedStatement statement, int index, T value) throws SQLException {
                reader.bind(statement, index, value);
            }

            @Override
            public @Nullable T read(ResultSet resultSet, int index) throws SQLException {
                return (T) mask.maskValue(reader.read(resultSet, index));
            }

            @Override
            public int jdbcType() {
                return reader.jdbcType();
            }
        };
    }
}
