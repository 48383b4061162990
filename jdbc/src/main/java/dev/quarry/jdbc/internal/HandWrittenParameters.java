package dev.quarry.jdbc.internal;

import dev.quarry.sql.SqlType;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Binds the parameters of SQL written by hand. A value of a class the query language has a type
 * for is bound as a value of that type is, the way the dialect stores it (a {@code LocalDate} as
 * ISO text on SQLite, an {@code Instant} at UTC), so hand-written SQL compares with what Quarry
 * wrote; any other value, and null, goes to the driver's {@code setObject}. Stateless.
 */
final class HandWrittenParameters {
    private static final Map<Class<?>, SqlType<?>> TYPES = Map.ofEntries(
            Map.entry(Integer.class, SqlType.INTEGER),
            Map.entry(Long.class, SqlType.BIGINT),
            Map.entry(String.class, SqlType.TEXT),
            Map.entry(Boolean.class, SqlType.BOOLEAN),
            Map.entry(Double.class, SqlType.DOUBLE),
            Map.entry(BigDecimal.class, SqlType.NUMERIC),
            Map.entry(LocalDate.class, SqlType.DATE),
            Map.entry(LocalDateTime.class, SqlType.DATETIME),
            Map.entry(LocalTime.class, SqlType.TIME),
            Map.entry(Instant.class, SqlType.TIMESTAMP),
            Map.entry(OffsetDateTime.class, SqlType.OFFSET_DATETIME),
            Map.entry(UUID.class, SqlType.UUID_TYPE),
            Map.entry(byte[].class, SqlType.BINARY));

    private HandWrittenParameters() {
    }

    /** Binds the parameters in order, from the first placeholder. */
    static void bind(PreparedStatement statement, List<@Nullable Object> parameters, ValueCodecs codecs) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            SqlType<?> type = value == null ? null : TYPES.get(value.getClass());
            if (type == null) {
                statement.setObject(i + 1, value);
            } else {
                codecs.codecFor(type).bind(statement, i + 1, cast(value));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
