package dev.quarry.sql;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
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

    /** Character data of at most {@code length} characters (Unicode code points). */
    static SqlType<String> varchar(int length) {
        return new VarcharType(length);
    }

    /** Exact decimal with {@code precision} digits, {@code scale} of them after the point. */
    static SqlType<BigDecimal> decimal(int precision, int scale) {
        return new DecimalType(precision, scale);
    }

    /** The Java class of values of this type. */
    Class<T> javaType();

    /** The broad kind of the type, which decides the operators that apply to it. */
    default Category category() {
        return accept(Category.OF);
    }

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
        TEMPORAL;

        /** Whether arithmetic applies. */
        public boolean isNumeric() {
            return this == INTEGER || this == DECIMAL || this == FLOAT;
        }

        private static final Visitor<Category> OF = new Visitor<>() {
            @Override
            public Category visitInteger(IntegerType type) {
                return INTEGER;
            }

            @Override
            public Category visitBigInt(BigIntType type) {
                return INTEGER;
            }

            @Override
            public Category visitVarchar(VarcharType type) {
                return TEXT;
            }

            @Override
            public Category visitText(TextType type) {
                return TEXT;
            }

            @Override
            public Category visitBoolean(BooleanType type) {
                return BOOLEAN;
            }

            @Override
            public Category visitDecimal(DecimalType type) {
                return DECIMAL;
            }

            @Override
            public Category visitNumeric(NumericType type) {
                return DECIMAL;
            }

            @Override
            public Category visitDouble(DoubleType type) {
                return FLOAT;
            }

            @Override
            public Category visitDate(DateType type) {
                return TEMPORAL;
            }

            @Override
            public Category visitDateTime(DateTimeType type) {
                return TEMPORAL;
            }

            @Override
            public Category visitTimestamp(TimestampType type) {
                return TEMPORAL;
            }
        };
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
    }

    record IntegerType() implements SqlType<Integer> {
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
}
