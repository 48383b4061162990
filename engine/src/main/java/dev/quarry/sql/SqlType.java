package dev.quarry.sql;

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
import org.jspecify.annotations.Nullable;

/**
 * The SQL type of a column or value together with the Java type it carries. Types are immutable
 * records, one file each in this package, listed in the permits clause; equal types are
 * interchangeable (a {@link MappedType} is equal only to itself). Each dialect names a type in DDL and each dialect's
 * driver binds and reads it; both are chosen with a {@link Visitor}, so a new type breaks every
 * dialect at compile time until it is handled.
 *
 * <p>{@link #violation(Object)} is the single place that decides whether a non-null value fits
 * the type (Java class, varchar length, decimal precision, timestamp range).
 *
 * @param <T> the Java type of values of this SQL type
 */
public sealed interface SqlType<T extends @Nullable Object>
        permits IntegerType, BigIntType, VarcharType, TextType, BooleanType, DecimalType, NumericType,
        DoubleType, DateType, DateTimeType, TimestampType, SmallIntType, RealType, CharType,
        BinaryType, UuidType, TimeType, JsonType, NativeEnumType, ArrayType, MappedType {

    /** 32-bit signed integer, {@link Integer}. */
    SqlType<Integer> INTEGER = new IntegerType();
    /** 64-bit signed integer, {@link Long}. */
    SqlType<Long> BIGINT = new BigIntType();
    /** Unbounded character data, {@link String}. */
    SqlType<String> TEXT = new TextType();
    /** true/false, {@link Boolean}. */
    SqlType<Boolean> BOOLEAN = new BooleanType();
    /** 8-byte floating point, {@link Double}. */
    SqlType<Double> DOUBLE = new DoubleType();
    /**
     * A decimal of unconstrained precision and scale, {@link BigDecimal}: the type of computed
     * decimals such as a quotient. Read in its shortest form (trailing zeros stripped).
     */
    SqlType<BigDecimal> NUMERIC = new NumericType();
    /** A calendar date, {@link LocalDate}. */
    SqlType<LocalDate> DATE = new DateType();
    /** Date and time without a time zone, {@link LocalDateTime}, to the microsecond. */
    SqlType<LocalDateTime> DATETIME = new DateTimeType();
    /** A point on the time line, {@link Instant}, to the microsecond; independent of time zones. */
    SqlType<Instant> TIMESTAMP = new TimestampType();

    /** 16-bit signed integer, {@link Short}. */
    SqlType<Short> SMALLINT = new SmallIntType();
    /** 4-byte floating point, {@link Float}. */
    SqlType<Float> REAL = new RealType();
    /** Bytes of any length, {@code byte[]}: BYTEA on PostgreSQL, LONGBLOB on MySQL, BLOB on SQLite. */
    SqlType<byte[]> BINARY = new BinaryType();
    /** A {@link UUID}: native on PostgreSQL, BINARY(16) on MySQL/MariaDB, canonical lower-case text on SQLite. */
    SqlType<UUID> UUID_TYPE = new UuidType();
    /** A time of day without a date or zone, {@link LocalTime}, to the microsecond. */
    SqlType<LocalTime> TIME = new TimeType();
    /** A JSON document as its text: JSONB on PostgreSQL, JSON on MySQL/MariaDB, TEXT on SQLite. */
    SqlType<String> JSON = new JsonType();
    /**
     * A point on the time line with an offset, {@link OffsetDateTime}, stored as {@link #TIMESTAMP}:
     * the instant survives any session or server time zone, the offset is not kept, and values read
     * back are at UTC ({@code isEqual} to what was written).
     */
    SqlType<OffsetDateTime> OFFSET_DATETIME = mapped("offset date-time", OffsetDateTime.class, TIMESTAMP,
            instant -> instant.atOffset(java.time.ZoneOffset.UTC), OffsetDateTime::toInstant);
    /**
     * A {@link Duration} stored exactly as a BIGINT count of nanoseconds (about ±292 years), on every
     * dialect: no database interval type holds a Duration exactly, and a number orders and sums the same everywhere.
     */
    SqlType<Duration> DURATION = mapped("duration", Duration.class, BIGINT, Duration::ofNanos, Duration::toNanos);

    /** Character data of at most {@code length} characters (Unicode code points). */
    static SqlType<String> varchar(int length) {
        return new VarcharType(length);
    }

    /** Exact decimal with {@code precision} digits, {@code scale} of them after the point. */
    static SqlType<BigDecimal> decimal(int precision, int scale) {
        return new DecimalType(precision, scale);
    }

    /**
     * Fixed-length character data of at most {@code length} characters. Databases pad shorter values
     * with spaces; values are read back without trailing spaces on every dialect.
     */
    static SqlType<String> fixedChar(int length) {
        return new CharType(length);
    }

    /** An enum stored as its constant's name, in a VARCHAR as long as the longest name. */
    static <E extends Enum<E>> SqlType<E> enumByName(Class<E> enumClass) {
        return EnumTypes.byName(enumClass);
    }

    /** An enum stored as its constant's ordinal, a SMALLINT; adding constants at the end keeps stored values. */
    static <E extends Enum<E>> SqlType<E> enumByOrdinal(Class<E> enumClass) {
        return EnumTypes.byOrdinal(enumClass);
    }

    /**
     * An enum stored in the database's own enum type: a named type ({@code CREATE TYPE … AS ENUM})
     * on PostgreSQL, an inline {@code ENUM(…)} on MySQL/MariaDB; a clear error on SQLite. The
     * database orders values in declaration order.
     *
     * @param typeName the name of the PostgreSQL type
     */
    static <E extends Enum<E>> SqlType<E> nativeEnum(Class<E> enumClass, String typeName) {
        return new NativeEnumType<>(enumClass, typeName);
    }

    /** An array of {@code elementType} values (PostgreSQL only), read and written as a {@link List}. */
    static <E extends @Nullable Object> SqlType<List<@Nullable E>> array(SqlType<E> elementType) {
        return new ArrayType<>(elementType);
    }

    /**
     * A type of the user's own, stored as a supported type: {@code mapped("money", Money.class,
     * BIGINT, Money::ofCents, Money::cents)}. The conversions must be pure and inverse of each other;
     * a conversion that throws is reported as an invalid value.
     */
    static <T extends @Nullable Object, S extends @Nullable Object> SqlType<T> mapped(String name, Class<T> javaType, SqlType<S> storage,
            Function<? super S, ? extends T> fromStorage, Function<? super T, ? extends S> toStorage) {
        return new MappedType<>(name, javaType, storage, fromStorage, toStorage);
    }

    /** The Java class of values of this type. */
    Class<T> javaType();

    /** The broad kind of the type, which decides the operators that apply to it. */
    Category category();

    <R extends @Nullable Object> R accept(Visitor<R> visitor);

    /**
     * Says why a non-null value does not fit this type, or returns null when it fits.
     * The answer does not depend on the dialect.
     */
    default @Nullable String violation(Object value) {
        if (!javaType().isInstance(value)) {
            return "expected a " + javaType().getSimpleName() + " but got a "
                    + value.getClass().getName();
        }
        return null;
    }

    /** Broad kinds of types. */
    enum Category {
        INTEGER,
        DECIMAL,
        FLOAT,
        TEXT,
        BOOLEAN,
        TEMPORAL,
        BINARY,
        UUID,
        JSON,
        ENUM,
        ARRAY;

        /** Whether arithmetic applies. */
        public boolean isNumeric() {
            return this == INTEGER || this == DECIMAL || this == FLOAT;
        }
    }

    /** Chooses something per type: a DDL name, a JDBC binder. */
    interface Visitor<R extends @Nullable Object> {
        R visitInteger(IntegerType type);

        R visitBigInt(BigIntType type);

        R visitVarchar(VarcharType type);

        R visitText(TextType type);

        R visitBoolean(BooleanType type);

        R visitDecimal(DecimalType type);

        R visitNumeric(NumericType type);

        R visitDouble(DoubleType type);

        R visitDate(DateType type);

        R visitDateTime(DateTimeType type);

        R visitTimestamp(TimestampType type);

        R visitSmallInt(SmallIntType type);

        R visitReal(RealType type);

        R visitChar(CharType type);

        R visitBinary(BinaryType type);

        R visitUuid(UuidType type);

        R visitTime(TimeType type);

        R visitJson(JsonType type);

        R visitNativeEnum(NativeEnumType<?> type);

        R visitArray(ArrayType<?> type);

        /** A mapped type is named and handled as its storage type unless a visitor says otherwise. */
        default R visitMapped(MappedType<?, ?> type) {
            return type.storage().accept(this);
        }
    }
}
