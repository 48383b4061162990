package dev.quarry.sql;

import dev.quarry.InvalidValueException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/**
 * The column factories a {@link Table} subclass declares its columns with, one per supported type;
 * each registers the column through {@link #column(String, SqlType)}. Call them while the table is
 * constructed.
 */
public abstract class ColumnFactories {
    ColumnFactories() {
    }

    /** Declares a column of any {@link SqlType}. */
    protected abstract <T extends @Nullable Object> Column<T> column(String name, SqlType<T> type);

    /** A 32-bit integer column. */
    protected Column<@NonNull Integer> integer(String name) {
        return column(name, SqlType.INTEGER);
    }

    /** A 64-bit integer column. */
    protected Column<@NonNull Long> bigint(String name) {
        return column(name, SqlType.BIGINT);
    }

    /** A character column of at most {@code length} characters, checked before every write. */
    protected Column<@NonNull String> varchar(String name, int length) {
        return column(name, SqlType.varchar(length));
    }

    /** An unbounded character column. */
    protected Column<@NonNull String> text(String name) {
        return column(name, SqlType.TEXT);
    }

    /** A boolean column. */
    protected Column<@NonNull Boolean> bool(String name) {
        return column(name, SqlType.BOOLEAN);
    }

    /** An exact decimal column. */
    protected Column<@NonNull BigDecimal> decimal(String name, int precision, int scale) {
        return column(name, SqlType.decimal(precision, scale));
    }

    /** An 8-byte floating-point column. */
    protected Column<@NonNull Double> doublePrecision(String name) {
        return column(name, SqlType.DOUBLE);
    }

    /** A calendar date column ({@link java.time.LocalDate}). */
    protected Column<@NonNull LocalDate> date(String name) {
        return column(name, SqlType.DATE);
    }

    /** A date-time column without a time zone ({@link LocalDateTime}), to the microsecond. */
    protected Column<@NonNull LocalDateTime> datetime(String name) {
        return column(name, SqlType.DATETIME);
    }

    /** A point-in-time column ({@link Instant}) that no session or server time zone shifts. */
    protected Column<@NonNull Instant> timestamp(String name) {
        return column(name, SqlType.TIMESTAMP);
    }

    /** A 16-bit integer column. */
    protected Column<@NonNull Short> smallint(String name) {
        return column(name, SqlType.SMALLINT);
    }

    /** A 4-byte floating-point column. */
    protected Column<@NonNull Float> real(String name) {
        return column(name, SqlType.REAL);
    }

    /** A fixed-length character column; values read back without trailing spaces. */
    protected Column<@NonNull String> fixedChar(String name, int length) {
        return column(name, SqlType.fixedChar(length));
    }

    /** A column of bytes ({@code byte[]}). */
    protected Column<byte @NonNull []> binary(String name) {
        return column(name, SqlType.BINARY);
    }

    /** A {@link UUID} column, native where the database has the type. */
    protected Column<@NonNull UUID> uuid(String name) {
        return column(name, SqlType.UUID_TYPE);
    }

    /** A time-of-day column ({@link LocalTime}), to the microsecond. */
    protected Column<@NonNull LocalTime> time(String name) {
        return column(name, SqlType.TIME);
    }

    /** A point-in-time column read back as an {@link OffsetDateTime} at UTC; see {@link SqlType#OFFSET_DATETIME}. */
    protected Column<@NonNull OffsetDateTime> offsetDateTime(String name) {
        return column(name, SqlType.OFFSET_DATETIME);
    }

    /** A {@link Duration} column, stored as nanoseconds; see {@link SqlType#DURATION}. */
    protected Column<@NonNull Duration> duration(String name) {
        return column(name, SqlType.DURATION);
    }

    /** A JSON document column holding the document's text. */
    protected Column<@NonNull String> json(String name) {
        return column(name, SqlType.JSON);
    }

    /**
     * A JSON document column holding values of a class, converted by the caller's JSON library,
     * whose checked exceptions may pass through:
     * {@code json("settings", Settings.class, text -> mapper.readValue(text, Settings.class), mapper::writeValueAsString)}.
     * A document that does not convert is an {@link dev.quarry.InvalidValueException} naming the type.
     */
    protected <T extends @Nullable Object> Column<@NonNull T> json(String name, Class<T> type,
            JsonConversion<String, T> fromJson, JsonConversion<T, String> toJson) {
        String typeName = type.getSimpleName() + " as JSON";
        return column(name, SqlType.mapped(typeName, type, SqlType.JSON, unchecked(typeName, "read from", fromJson),
                unchecked(typeName, "written as", toJson)));
    }

    private static <F extends @Nullable Object, T extends @Nullable Object> Function<F, T> unchecked(String typeName,
            String direction, JsonConversion<F, T> conversion) {
        return value -> {
            try {
                return conversion.convert(value);
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new InvalidValueException("a value could not be " + direction + " JSON for " + typeName + ": "
                        + e.getMessage(), e);
            }
        };
    }

    /** An enum column holding each constant's name. */
    protected <E extends Enum<E>> Column<@NonNull E> enumByName(String name, Class<E> enumClass) {
        return column(name, SqlType.enumByName(enumClass));
    }

    /** An enum column holding each constant's ordinal. */
    protected <E extends Enum<E>> Column<@NonNull E> enumByOrdinal(String name, Class<E> enumClass) {
        return column(name, SqlType.enumByOrdinal(enumClass));
    }

    /** An enum column of the database's own enum type; see {@link SqlType#nativeEnum}. */
    protected <E extends Enum<E>> Column<@NonNull E> nativeEnum(String name, Class<E> enumClass, String typeName) {
        return column(name, SqlType.nativeEnum(enumClass, typeName));
    }

    /** An array column (PostgreSQL only). */
    protected <E extends @Nullable Object> Column<@NonNull List<@Nullable E>> array(String name, SqlType<E> elementType) {
        return column(name, SqlType.array(elementType));
    }
}
