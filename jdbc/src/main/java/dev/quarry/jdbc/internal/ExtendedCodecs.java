package dev.quarry.jdbc.internal;

import java.nio.ByteBuffer;
import java.sql.Types;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Codecs for small integers, single-precision floats, fixed-length text, bytes, UUIDs and times of
 * day, one per storage form.
 */
final class ExtendedCodecs {
    static final ValueCodec<Short> SMALLINT = ValueCodec.of(Types.SMALLINT,
            (statement, index, value) -> statement.setShort(index, value),
            (resultSet, index) -> {
                short value = resultSet.getShort(index);
                return value == 0 && resultSet.wasNull() ? null : value;
            });

    /**
     * Bound and read as the exact double of the float: MySQL Connector/J writes a float as its
     * shortest decimal text, which a DOUBLE column stores as a different, larger value (and then
     * refuses to read back as a float at the ends of the range).
     */
    static final ValueCodec<Float> REAL = ValueCodec.of(Types.REAL,
            (statement, index, value) -> statement.setDouble(index, value),
            (resultSet, index) -> {
                double value = resultSet.getDouble(index);
                return value == 0 && resultSet.wasNull() ? null : (float) value;
            });

    /** Read without the padding spaces PostgreSQL adds, so every dialect gives the same string. */
    static final ValueCodec<String> FIXED_CHAR = ValueCodec.of(Types.CHAR,
            (statement, index, value) -> statement.setString(index, value),
            (resultSet, index) -> {
                String value = resultSet.getString(index);
                return value == null ? null : withoutTrailingSpaces(value);
            });

    static final ValueCodec<byte[]> BINARY = ValueCodec.of(Types.BINARY,
            (statement, index, value) -> statement.setBytes(index, value),
            (resultSet, index) -> resultSet.getBytes(index));

    static final ValueCodec<UUID> NATIVE_UUID = ValueCodec.of(Types.OTHER,
            (statement, index, value) -> statement.setObject(index, value),
            (resultSet, index) -> resultSet.getObject(index, UUID.class));

    static final ValueCodec<UUID> BYTES_UUID = ValueCodec.of(Types.BINARY,
            (statement, index, value) -> statement.setBytes(index, ByteBuffer.allocate(16)
                    .putLong(value.getMostSignificantBits()).putLong(value.getLeastSignificantBits()).array()),
            (resultSet, index) -> {
                byte[] bytes = resultSet.getBytes(index);
                if (bytes == null) {
                    return null;
                }
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                return new UUID(buffer.getLong(), buffer.getLong());
            });

    static final ValueCodec<UUID> TEXT_UUID = ValueCodec.of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, value.toString()),
            (resultSet, index) -> {
                String text = resultSet.getString(index);
                return text == null ? null : UUID.fromString(text);
            });

    static final ValueCodec<LocalTime> NATIVE_TIME = ValueCodec.of(Types.TIME,
            (statement, index, value) -> statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS)),
            (resultSet, index) -> resultSet.getObject(index, LocalTime.class));

    static final ValueCodec<LocalTime> TEXT_TIME = ValueCodec.of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, IsoTemporalText.format(value)),
            (resultSet, index) -> {
                String text = resultSet.getString(index);
                return text == null ? null : IsoTemporalText.parseTime(text);
            });

    private ExtendedCodecs() {
    }

    private static String withoutTrailingSpaces(String value) {
        int end = value.length();
        while (end > 0 && value.charAt(end - 1) == ' ') {
            end--;
        }
        return value.substring(0, end);
    }
}
