package dev.quarry.jdbc.internal;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.SqlType;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Chooses the codec of each SQL type for one dialect, from the dialect's storage capabilities.
 * Resolved codecs are cached. Thread-safe.
 */
public final class ValueCodecs implements SqlType.Visitor<ValueCodec<?>> {
    /** PostgreSQL's names of element types whose DDL name {@code createArrayOf} does not know. */
    private static final Map<String, String> ARRAY_ELEMENT_NAMES = Map.of(
            "double precision", "float8", "real", "float4", "smallint", "int2");
    private final Dialect dialect;
    private final Map<SqlType<?>, ValueCodec<?>> cache = new ConcurrentHashMap<>();

    public ValueCodecs(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The codec for values of this type. */
    @SuppressWarnings("unchecked")
    public <T> ValueCodec<T> codecFor(SqlType<T> type) {
        ValueCodec<?> codec = cache.get(type);
        if (codec == null) {
            // Not computeIfAbsent: a mapped type resolves its storage type's codec while being resolved.
            codec = type.accept(this);
            cache.putIfAbsent(type, codec);
        }
        return (ValueCodec<T>) codec;
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

    @Override
    public ValueCodec<?> visitSmallInt(SqlType.SmallIntType type) {
        return ExtendedCodecs.SMALLINT;
    }

    @Override
    public ValueCodec<?> visitReal(SqlType.RealType type) {
        return ExtendedCodecs.REAL;
    }

    @Override
    public ValueCodec<?> visitChar(SqlType.CharType type) {
        return ExtendedCodecs.FIXED_CHAR;
    }

    @Override
    public ValueCodec<?> visitBinary(SqlType.BinaryType type) {
        return ExtendedCodecs.BINARY;
    }

    @Override
    public ValueCodec<?> visitUuid(SqlType.UuidType type) {
        return switch (dialect.uuidStorage()) {
            case NATIVE -> ExtendedCodecs.NATIVE_UUID;
            case BIG_ENDIAN_BYTES -> ExtendedCodecs.BYTES_UUID;
            case TEXT -> ExtendedCodecs.TEXT_UUID;
        };
    }

    @Override
    public ValueCodec<?> visitTime(SqlType.TimeType type) {
        return switch (dialect.dateTimeStorage()) {
            case NATIVE -> ExtendedCodecs.NATIVE_TIME;
            case ISO_TEXT -> ExtendedCodecs.TEXT_TIME;
        };
    }

    @Override
    public ValueCodec<?> visitJson(SqlType.JsonType type) {
        return CompositeCodecs.typedText(dialect.bindsTypedTextUntyped());
    }

    @Override
    public ValueCodec<?> visitNativeEnum(SqlType.NativeEnumType<?> type) {
        dialect.typeName(type); // a dialect without native enums says so here
        return CompositeCodecs.nativeEnum(type, dialect.bindsTypedTextUntyped(), dialect.bindsEnumsByPosition());
    }

    @Override
    public ValueCodec<?> visitArray(SqlType.ArrayType<?> type) {
        String declared = dialect.typeName(type).replace("[]", "").toLowerCase(Locale.ROOT);
        int parameters = declared.indexOf('(');
        String elementTypeName = parameters < 0 ? declared : declared.substring(0, parameters);
        return CompositeCodecs.array(type, ARRAY_ELEMENT_NAMES.getOrDefault(elementTypeName, elementTypeName));
    }

    @Override
    public ValueCodec<?> visitMapped(SqlType.MappedType<?, ?> type) {
        return mapped(type);
    }

    private <T, S> ValueCodec<T> mapped(SqlType.MappedType<T, S> type) {
        return CompositeCodecs.mapped(type, codecFor(type.storage()));
    }
}
