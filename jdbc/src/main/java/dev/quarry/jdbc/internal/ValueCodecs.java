package dev.quarry.jdbc.internal;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.SqlType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the codec of each SQL type for one dialect, from the dialect's storage capabilities.
 * Resolved codecs are cached. Thread-safe.
 */
public final class ValueCodecs implements SqlType.Visitor<ValueCodec<?>> {
    private final Dialect dialect;
    private final Map<SqlType<?>, ValueCodec<?>> cache = new ConcurrentHashMap<>();

    public ValueCodecs(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The codec for values of this type. */
    @SuppressWarnings("unchecked")
    public <T> ValueCodec<T> codecFor(SqlType<T> type) {
        return (ValueCodec<T>) cache.computeIfAbsent(type, t -> t.accept(this));
    }

    @Override
    public ValueCodec<?> visitInteger(SqlType.IntegerType type) {
        return ScalarCodecs.INTEGER;
    }

    @Override
    public ValueCodec<?> visitBigInt(SqlType.BigIntType type) {
        return ScalarCodecs.BIGINT;
    }

    @Override
    public ValueCodec<?> visitVarchar(SqlType.VarcharType type) {
        return ScalarCodecs.STRING;
    }

    @Override
    public ValueCodec<?> visitText(SqlType.TextType type) {
        return ScalarCodecs.STRING;
    }

    @Override
    public ValueCodec<?> visitBoolean(SqlType.BooleanType type) {
        return ScalarCodecs.BOOLEAN;
    }

    @Override
    public ValueCodec<?> visitDecimal(SqlType.DecimalType type) {
        return switch (dialect.decimalStorage()) {
            case NATIVE -> ScalarCodecs.decimal(type.scale());
            case DOUBLE -> ScalarCodecs.decimalAsDouble(type.scale());
        };
    }

    @Override
    public ValueCodec<?> visitNumeric(SqlType.NumericType type) {
        return switch (dialect.decimalStorage()) {
            case NATIVE -> ScalarCodecs.NUMERIC;
            case DOUBLE -> ScalarCodecs.NUMERIC_AS_DOUBLE;
        };
    }

    @Override
    public ValueCodec<?> visitDouble(SqlType.DoubleType type) {
        return ScalarCodecs.DOUBLE;
    }

    @Override
    public ValueCodec<?> visitDate(SqlType.DateType type) {
        return switch (dialect.dateTimeStorage()) {
            case NATIVE -> TemporalCodecs.NATIVE_DATE;
            case ISO_TEXT -> TemporalCodecs.TEXT_DATE;
        };
    }

    @Override
    public ValueCodec<?> visitDateTime(SqlType.DateTimeType type) {
        return switch (dialect.dateTimeStorage()) {
            case NATIVE -> TemporalCodecs.NATIVE_DATETIME;
            case ISO_TEXT -> TemporalCodecs.TEXT_DATETIME;
        };
    }

    @Override
    public ValueCodec<?> visitTimestamp(SqlType.TimestampType type) {
        return switch (dialect.instantStorage()) {
            case TIMESTAMP_WITH_TIME_ZONE -> TemporalCodecs.OFFSET_INSTANT;
            case UTC_DATETIME -> TemporalCodecs.UTC_DATETIME_INSTANT;
            case UTC_ISO_TEXT -> TemporalCodecs.TEXT_INSTANT;
        };
    }
}
