package dev.quarry.jdbc.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Converts a value read without a declared type (a column of SQL written by hand) to the class the
 * caller asks for, where the conversion loses nothing: between integer classes when the value
 * fits, integers and decimals to {@code BigDecimal}, decimals with an integral value to integers,
 * numbers to {@code Double}, 0 and 1 to {@code Boolean} (SQLite's booleans), ISO text to dates,
 * times, instants and UUIDs (SQLite's storage), and a date-time to an instant at UTC (how instants
 * are stored without a zone). Stateless.
 */
public final class ExactConversions {
    private ExactConversions() {
    }

    /**
     * The value as an instance of the target class (a primitive class stands for its box), or null
     * if it cannot be converted exactly.
     */
    public static @Nullable Object convert(Object value, Class<?> targetClass) {
        Class<?> target = ValueConversion.boxed(targetClass);
        if (target.isInstance(value)) {
            return value;
        }
        try {
            if (value instanceof Number number) {
                return fromNumber(number, target);
            }
            if (value instanceof String text) {
                return fromText(text, target);
            }
            if (value instanceof LocalDateTime dateTime && target == Instant.class) {
                return dateTime.toInstant(ZoneOffset.UTC);
            }
        } catch (ArithmeticException | IllegalArgumentException | DateTimeException notExact) {
            return null;
        }
        return null;
    }

    private static @Nullable Object fromNumber(Number number, Class<?> target) {
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal
                : number instanceof Double || number instanceof Float ? new BigDecimal(number.toString())
                : BigDecimal.valueOf(number.longValue());
        if (target == BigDecimal.class) {
            return exact;
        }
        if (target == Long.class) {
            return exact.longValueExact();
        }
        if (target == Integer.class) {
            return exact.intValueExact();
        }
        if (target == Short.class) {
            return exact.shortValueExact();
        }
        if (target == Double.class) {
            return number.doubleValue();
        }
        if (target == Boolean.class && (exact.signum() == 0 || exact.compareTo(BigDecimal.ONE) == 0)) {
            return exact.signum() != 0;
        }
        return null;
    }

    private static @Nullable Object fromText(String text, Class<?> target) {
        if (target == LocalDate.class) {
            return IsoTemporalText.parseDate(text);
        }
        if (target == LocalDateTime.class) {
            return IsoTemporalText.parse(text);
        }
        if (target == LocalTime.class) {
            return IsoTemporalText.parseTime(text);
        }
        if (target == Instant.class) {
            return IsoTemporalText.parseUtc(text).toInstant(ZoneOffset.UTC);
        }
        if (target == UUID.class) {
            return UUID.fromString(text);
        }
        if (target == BigDecimal.class) {
            return new BigDecimal(text);
        }
        return null;
    }
}
