package dev.quarry.jdbc.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Codecs for date-times and instants, one per storage form. Values are truncated to the
 * microsecond before binding, so every dialect stores the same value (PostgreSQL and MySQL would
 * round, MariaDB would truncate).
 */
final class TemporalCodecs {
    static final ValueCodec<LocalDateTime> NATIVE_DATETIME = ValueCodec.of(Types.TIMESTAMP,
            (statement, index, value) -> statement.setObject(index, value.truncatedTo(ChronoUnit.MICROS)),
            (resultSet, index) -> resultSet.getObject(index, LocalDateTime.class));

    static final ValueCodec<LocalDateTime> TEXT_DATETIME = ValueCodec.of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, IsoTemporalText.format(value)),
            (resultSet, index) -> {
                String text = resultSet.getString(index);
                return text == null ? null : IsoTemporalText.parse(text);
            });

    static final ValueCodec<Instant> OFFSET_INSTANT = ValueCodec.of(Types.TIMESTAMP_WITH_TIMEZONE,
            (statement, index, value) -> statement.setObject(index,
                    OffsetDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)),
            (resultSet, index) -> {
                OffsetDateTime value = resultSet.getObject(index, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            });

    static final ValueCodec<Instant> UTC_DATETIME_INSTANT = ValueCodec.of(Types.TIMESTAMP,
            (statement, index, value) -> statement.setObject(index,
                    LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)),
            (resultSet, index) -> {
                LocalDateTime value = resultSet.getObject(index, LocalDateTime.class);
                return value == null ? null : value.toInstant(ZoneOffset.UTC);
            });

    static final ValueCodec<Instant> TEXT_INSTANT = ValueCodec.of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index,
                    IsoTemporalText.formatUtc(LocalDateTime.ofInstant(value, ZoneOffset.UTC))),
            (resultSet, index) -> {
                String text = resultSet.getString(index);
                return text == null ? null : IsoTemporalText.parseUtc(text).toInstant(ZoneOffset.UTC);
            });

    static final ValueCodec<LocalDate> NATIVE_DATE = ValueCodec.of(Types.DATE,
            (statement, index, value) -> statement.setObject(index, value),
            (resultSet, index) -> resultSet.getObject(index, LocalDate.class));

    static final ValueCodec<LocalDate> TEXT_DATE = ValueCodec.of(Types.VARCHAR,
            (statement, index, value) -> statement.setString(index, IsoTemporalText.format(value)),
            (resultSet, index) -> {
                String text = resultSet.getString(index);
                return text == null ? null : IsoTemporalText.parseDate(text);
            });

    private TemporalCodecs() {
    }
}
