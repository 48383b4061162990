package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import dev.quarry.dialect.Dialects;
import dev.quarry.sql.ArrayType;
import dev.quarry.sql.BigIntType;
import dev.quarry.sql.BinaryType;
import dev.quarry.sql.BooleanType;
import dev.quarry.sql.CharType;
import dev.quarry.sql.DateTimeType;
import dev.quarry.sql.DateType;
import dev.quarry.sql.DecimalType;
import dev.quarry.sql.DoubleType;
import dev.quarry.sql.IntegerType;
import dev.quarry.sql.JsonType;
import dev.quarry.sql.MappedType;
import dev.quarry.sql.NativeEnumType;
import dev.quarry.sql.NumericType;
import dev.quarry.sql.RealType;
import dev.quarry.sql.SmallIntType;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.TextType;
import dev.quarry.sql.TimeType;
import dev.quarry.sql.TimestampType;
import dev.quarry.sql.UuidType;
import dev.quarry.sql.VarcharType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's {@code COPY} text form of column values: the text each type's input function reads
 * back as the value the type's ordinary bind would store (date-times cut to microseconds as the
 * binds cut them, instants in UTC), with tab, newline, carriage return and backslash escaped.
 * Text is checked as its bind checks it, so a value refused there is refused here, naming the row
 * and column, before anything is sent. Types without such a form (time of day, JSON, enums, arrays)
 * and dates outside years 1 to 9999 have none, and the insert keeps its ordinary statements.
 * Stateless and thread-safe.
 */
final class CopyText implements SqlType.Visitor<CopyText.@Nullable Field> {
    private static final CopyText TYPES = new CopyText();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Writes one non-null value of a column; returns false if it has no COPY text. */
    @FunctionalInterface
    interface Field {
        boolean write(StringBuilder out, Object value);
    }

    private CopyText() {
    }

    /** The writer of a type's values, or null if the type has no COPY text form here. */
    static @Nullable Field of(SqlType<?> type) {
        return type.accept(TYPES);
    }

    private static final Field PLAIN = (out, value) -> {
        out.append(value);
        return true;
    };

    private static final Field TEXT = (out, value) -> {
        String text = (String) value;
        String refusal = CheckedText.refusal(text, Dialects.POSTGRESQL);
        if (refusal != null) {
            throw new InvalidValueException("the text " + refusal + "; nothing was sent");
        }
        escape(out, text);
        return true;
    };

    private static final Field DECIMAL = (out, value) -> {
        out.append(((BigDecimal) value).toPlainString());
        return true;
    };

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static boolean inPlainYears(LocalDate date) {
        return date.getYear() >= 1 && date.getYear() <= 9999;
    }

    @Override
    public Field visitInteger(IntegerType type) {
        return PLAIN;
    }

    @Override
    public Field visitBigInt(BigIntType type) {
        return PLAIN;
    }

    @Override
    public Field visitSmallInt(SmallIntType type) {
        return PLAIN;
    }

    @Override
    public Field visitVarchar(VarcharType type) {
        return TEXT;
    }

    @Override
    public Field visitText(TextType type) {
        return TEXT;
    }

    @Override
    public @Nullable Field visitChar(CharType type) {
        return null;
    }

    @Override
    public Field visitBoolean(BooleanType type) {
        return (out, value) -> {
            out.append((Boolean) value ? 't' : 'f');
            return true;
        };
    }

    @Override
    public Field visitDecimal(DecimalType type) {
        return DECIMAL;
    }

    @Override
    public Field visitNumeric(NumericType type) {
        return DECIMAL;
    }

    @Override
    public Field visitDouble(DoubleType type) {
        return PLAIN;
    }

    @Override
    public Field visitReal(RealType type) {
        return PLAIN;
    }

    @Override
    public Field visitDate(DateType type) {
        return (out, value) -> {
            LocalDate date = (LocalDate) value;
            if (!inPlainYears(date)) {
                return false;
            }
            out.append(date);
            return true;
        };
    }

    @Override
    public Field visitDateTime(DateTimeType type) {
        return (out, value) -> {
            LocalDateTime dateTime = ((LocalDateTime) value).truncatedTo(ChronoUnit.MICROS);
            if (!inPlainYears(dateTime.toLocalDate())) {
                return false;
            }
            out.append(dateTime);
            return true;
        };
    }

    @Override
    public Field visitTimestamp(TimestampType type) {
        return (out, value) -> {
            LocalDateTime utc = LocalDateTime.ofInstant(((Instant) value).truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            if (!inPlainYears(utc.toLocalDate())) {
                return false;
            }
            out.append(utc).append("+00");
            return true;
        };
    }

    @Override
    public Field visitBinary(BinaryType type) {
        return (out, value) -> {
            out.append("\\\\x");
            for (byte b : (byte[]) value) {
                out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
            return true;
        };
    }

    @Override
    public Field visitUuid(UuidType type) {
        return PLAIN;
    }

    @Override
    public @Nullable Field visitTime(TimeType type) {
        return null;
    }

    @Override
    public @Nullable Field visitJson(JsonType type) {
        return null;
    }

    @Override
    public @Nullable Field visitNativeEnum(NativeEnumType<?> type) {
        return null;
    }

    @Override
    public @Nullable Field visitArray(ArrayType<?> type) {
        return null;
    }

    @Override
    public @Nullable Field visitMapped(MappedType<?, ?> type) {
        Field storage = of(type.storage());
        return storage == null ? null : (out, value) -> {
            Object stored = type.store(value);
            return stored == null ? false : storage.write(out, stored);
        };
    }
}
