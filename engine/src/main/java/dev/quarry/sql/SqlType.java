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
 * records; equal types are interchangeable. Each dialect names a type in DDL and each dialect's
 * driver binds and reads it; both are chosen with a {@link Visitor}, so a new type breaks every
 * dialect at compile time until it is handled.
 *
 * <p>{@link #violation(Object)} is the single place that decides whether a non-null value fits
 * the type (Java class, varchar length, decimal precision, timestamp range).
 *
 * @param <T> the Java type of values of this SQL type
 */
public sealed interface SqlType<T> {

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
    static <E> SqlType<List<@Nullable E>> array(SqlType<E> elementType) {
        return new ArrayType<>(elementType);
    }

    /**
     * A type of the user's own, stored as a supported type: {@code mapped("money", Money.class,
     * BIGINT, Money::ofCents, Money::cents)}. The conversions must be pure and inverse of each other;
     * a conversion that throws is reported as an invalid value.
     */
    static <T, S> SqlType<T> mapped(String name, Class<T> javaType, SqlType<S> storage,
            Function<? super S, ? extends T> fromStorage, Function<? super T, ? extends S> toStorage) {
        return new MappedType<>(name, javaType, storage, fromStorage, toStorage);
    }

    /** The Java class of values of this type. */
    Class<T> javaType();

    /** The broad kind of the type, which decides the operators that apply to it. */
    Category category();

    <R> R accept(Visitor<R> visitor);

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
    interface Visitor<R> {
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

    record IntegerType() implements SqlType<Integer> {
        @Override
        public Category category() {
            return Category.INTEGER;
        }

        @Override
        public Class<Integer> javaType() {
            return Integer.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitInteger(this);
        }
    }

    record BigIntType() implements SqlType<Long> {
        @Override
        public Category category() {
            return Category.INTEGER;
        }

        @Override
        public Class<Long> javaType() {
            return Long.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBigInt(this);
        }
    }

    /** @param length the maximum number of characters, at least 1 */
    record VarcharType(int length) implements SqlType<String> {
        public VarcharType {
            if (length < 1) {
                throw new IllegalArgumentException("varchar length must be at least 1, got " + length);
            }
        }

        @Override
        public Category category() {
            return Category.TEXT;
        }

        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitVarchar(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            String text = (String) value;
            int characters = text.codePointCount(0, text.length());
            return characters > length
                    ? "a string of " + characters + " characters does not fit varchar(" + length + ")"
                    : null;
        }
    }

    record TextType() implements SqlType<String> {
        @Override
        public Category category() {
            return Category.TEXT;
        }

        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitText(this);
        }
    }

    record BooleanType() implements SqlType<Boolean> {
        @Override
        public Category category() {
            return Category.BOOLEAN;
        }

        @Override
        public Class<Boolean> javaType() {
            return Boolean.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBoolean(this);
        }
    }

    /**
     * @param precision total significant digits, 1 to 65 (the smallest maximum of the dialects)
     * @param scale digits after the decimal point, 0 to {@code precision}
     */
    record DecimalType(int precision, int scale) implements SqlType<BigDecimal> {
        public DecimalType {
            if (precision < 1 || precision > 65) {
                throw new IllegalArgumentException("decimal precision must be 1..65, got " + precision);
            }
            if (scale < 0 || scale > precision) {
                throw new IllegalArgumentException(
                        "decimal scale must be 0.." + precision + ", got " + scale);
            }
        }

        @Override
        public Category category() {
            return Category.DECIMAL;
        }

        @Override
        public Class<BigDecimal> javaType() {
            return BigDecimal.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDecimal(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            BigDecimal number = (BigDecimal) value;
            if (number.scale() > scale && number.stripTrailingZeros().scale() > scale) {
                return number.toPlainString() + " has more than " + scale
                        + " digits after the point for decimal(" + precision + "," + scale + ")";
            }
            int integerDigits = number.precision() - number.scale();
            if (integerDigits > precision - scale) {
                return number.toPlainString() + " has more than " + (precision - scale)
                        + " digits before the point for decimal(" + precision + "," + scale + ")";
            }
            return null;
        }
    }

    record NumericType() implements SqlType<BigDecimal> {
        @Override
        public Category category() {
            return Category.DECIMAL;
        }

        @Override
        public Class<BigDecimal> javaType() {
            return BigDecimal.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumeric(this);
        }
    }

    /** Finite values only: NaN and infinities have no portable SQL form. */
    record DoubleType() implements SqlType<Double> {
        @Override
        public Category category() {
            return Category.FLOAT;
        }

        @Override
        public Class<Double> javaType() {
            return Double.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDouble(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            return Double.isFinite((Double) value) ? null : value + " is not a finite number";
        }
    }

    /** Years 1 to 9999. */
    record DateType() implements SqlType<LocalDate> {
        @Override
        public Category category() {
            return Category.TEMPORAL;
        }

        @Override
        public Class<LocalDate> javaType() {
            return LocalDate.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDate(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            return TemporalRange.containsYear(((LocalDate) value).getYear())
                    ? null
                    : TemporalRange.outOfRange(value);
        }
    }

    /** Years 1 to 9999, the range every dialect stores and orders correctly. */
    record DateTimeType() implements SqlType<LocalDateTime> {
        @Override
        public Category category() {
            return Category.TEMPORAL;
        }

        @Override
        public Class<LocalDateTime> javaType() {
            return LocalDateTime.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDateTime(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            return TemporalRange.containsYear(((LocalDateTime) value).getYear())
                    ? null
                    : TemporalRange.outOfRange(value);
        }
    }

    /** Instants whose UTC year is 1 to 9999. */
    record TimestampType() implements SqlType<Instant> {
        @Override
        public Category category() {
            return Category.TEMPORAL;
        }

        @Override
        public Class<Instant> javaType() {
            return Instant.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTimestamp(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            return TemporalRange.contains((Instant) value) ? null : TemporalRange.outOfRange(value);
        }
    }

    record SmallIntType() implements SqlType<Short> {
        @Override
        public Category category() {
            return Category.INTEGER;
        }

        @Override
        public Class<Short> javaType() {
            return Short.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSmallInt(this);
        }
    }

    /** Finite values only, as for {@link DoubleType}. */
    record RealType() implements SqlType<Float> {
        @Override
        public Category category() {
            return Category.FLOAT;
        }

        @Override
        public Class<Float> javaType() {
            return Float.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitReal(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            return Float.isFinite((Float) value) ? null : value + " is not a finite number";
        }
    }

    /** @param length the fixed number of characters, 1 to 255 (MySQL's limit) */
    record CharType(int length) implements SqlType<String> {
        public CharType {
            if (length < 1 || length > 255) {
                throw new IllegalArgumentException("char length must be 1..255, got " + length);
            }
        }

        @Override
        public Category category() {
            return Category.TEXT;
        }

        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitChar(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            String text = (String) value;
            int characters = text.codePointCount(0, text.length());
            return characters > length
                    ? "a string of " + characters + " characters does not fit char(" + length + ")"
                    : null;
        }
    }

    record BinaryType() implements SqlType<byte[]> {
        @Override
        public Category category() {
            return Category.BINARY;
        }

        @Override
        public Class<byte[]> javaType() {
            return byte[].class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    record UuidType() implements SqlType<UUID> {
        @Override
        public Category category() {
            return Category.UUID;
        }

        @Override
        public Class<UUID> javaType() {
            return UUID.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUuid(this);
        }
    }

    record TimeType() implements SqlType<LocalTime> {
        @Override
        public Category category() {
            return Category.TEMPORAL;
        }

        @Override
        public Class<LocalTime> javaType() {
            return LocalTime.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTime(this);
        }
    }

    /** The text of a JSON document; the database checks it is well-formed (SQLite does not). */
    record JsonType() implements SqlType<String> {
        @Override
        public Category category() {
            return Category.JSON;
        }

        @Override
        public Class<String> javaType() {
            return String.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitJson(this);
        }
    }

    /**
     * @param enumClass the enum whose constant names are the type's labels, in declaration order
     * @param typeName the PostgreSQL type's name
     */
    record NativeEnumType<E extends Enum<E>>(Class<E> enumClass, String typeName) implements SqlType<E> {
        public NativeEnumType {
            Identifiers.requireValid(typeName, "enum type name");
            if (enumClass.getEnumConstants().length == 0) {
                throw new IllegalArgumentException("enum " + enumClass.getName() + " has no constants");
            }
        }

        /** The labels, in declaration order. */
        public List<String> labels() {
            return EnumTypes.names(enumClass);
        }

        /** The constant with this label; a clear error for a label the enum lacks. */
        public E constantNamed(String label) {
            return EnumTypes.constantNamed(enumClass, label);
        }

        @Override
        public Category category() {
            return Category.ENUM;
        }

        @Override
        public Class<E> javaType() {
            return enumClass;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNativeEnum(this);
        }
    }

    /** @param elementType the type of the elements; not itself an array */
    record ArrayType<E>(SqlType<E> elementType) implements SqlType<List<@Nullable E>> {
        public ArrayType {
            switch (elementType.category()) {
                case INTEGER, FLOAT, DECIMAL, TEXT, BOOLEAN, UUID -> {
                }
                default -> throw new IllegalArgumentException("arrays of " + elementType
                        + " are not supported; elements are numbers, text, booleans or UUIDs");
            }
            if (elementType instanceof MappedType<?, ?>) {
                throw new IllegalArgumentException("arrays of mapped types are not supported, got " + elementType);
            }
        }

        @Override
        public Category category() {
            return Category.ARRAY;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Class<List<@Nullable E>> javaType() {
            return (Class<List<@Nullable E>>) (Class<?>) List.class;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitArray(this);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            List<?> elements = (List<?>) value;
            for (int i = 0; i < elements.size(); i++) {
                Object element = elements.get(i);
                String problem = element == null ? null : elementType.violation(element);
                if (problem != null) {
                    return "element " + i + ": " + problem;
                }
            }
            return null;
        }
    }

    /**
     * A user's type stored as another: see {@link SqlType#mapped}. Equal only to itself (the
     * conversions are functions), so declare each mapped type once and reuse it.
     *
     * @param name what the type is called in messages
     */
    record MappedType<T, S>(String name, Class<T> javaType, SqlType<S> storage,
            Function<? super S, ? extends T> fromStorage, Function<? super T, ? extends S> toStorage)
            implements SqlType<T> {
        @Override
        public Category category() {
            return storage.category();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitMapped(this);
        }

        /** The stored form of a value. */
        @SuppressWarnings("unchecked")
        public S store(Object value) {
            return toStorage.apply((T) value);
        }

        /** The value of a stored form. */
        public T load(S stored) {
            return fromStorage.apply(stored);
        }

        @Override
        public @Nullable String violation(Object value) {
            String wrongClass = SqlType.super.violation(value);
            if (wrongClass != null) {
                return wrongClass;
            }
            S stored;
            try {
                stored = store(value);
            } catch (RuntimeException conversionFailed) {
                return value + " cannot be stored as " + name + ": " + conversionFailed.getMessage();
            }
            return stored == null ? value + " is stored as null by " + name : storage.violation(stored);
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return name + " stored as " + storage;
        }
    }
}
