package dev.quarry.jdbc.internal;

import dev.quarry.dialect.Dialect;
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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

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
    public <T extends @Nullable Object> ValueCodec<T> codecFor(SqlType<T> type) {
        ValueCodec<?> codec = cache.get(type);
        if (codec == null) {
            // Not computeIfAbsent: a mapped type resolves its storage type's codec while being resolved.
            codec = type.accept(this);
            cache.putIfAbsent(type, codec);
        }
        return (ValueCodec<T>) codec;
    }

    @Override
    public ValueCodec<?> visitInteger(IntegerType type) {
        return ScalarCodecs.INTEGER;
    }

    @Override
    public ValueCodec<?> visitBigInt(BigIntType type) {
        return ScalarCodecs.BIGINT;
    }

    @Override
    public ValueCodec<?> visitVarchar(VarcharType type) {
        return CheckedText.of(ScalarCodecs.STRING, dialect);
    }

    @Override
    public ValueCodec<?> visitText(TextType type) {
        return CheckedText.of(ScalarCodecs.STRING, dialect);
    }

    @Override
    public ValueCodec<?> visitBoolean(BooleanType type) {
        return ScalarCodecs.BOOLEAN;
    }

    @Override
    public ValueCodec<?> visitDecimal(DecimalType type) {
        return switch (dialect.decimalStorage()) {
            case NATIVE -> ScalarCodecs.decimal(type.scale());
            case DOUBLE -> ScalarCodecs.decimalAsDouble(type.scale());
        };
    }

    @Override
    public ValueCodec<?> visitNumeric(NumericType type) {
        return switch (dialect.decimalStorage()) {
            case NATIVE -> ScalarCodecs.NUMERIC;
            case DOUBLE -> ScalarCodecs.NUMERIC_AS_DOUBLE;
        };
    }

    @Override
    public ValueCodec<?> visitDouble(DoubleType type) {
        return ScalarCodecs.DOUBLE;
    }

    @Override
    public ValueCodec<?> visitDate(DateType type) {
        return switch (dialect.dateTimeStorage()) {
            case NATIVE -> TemporalCodecs.NATIVE_DATE;
            case ISO_TEXT -> TemporalCodecs.TEXT_DATE;
        };
    }

    @Override
    public ValueCodec<?> visitDateTime(DateTimeType type) {
        return switch (dialect.dateTimeStorage()) {
            case NATIVE -> TemporalCodecs.NATIVE_DATETIME;
            case ISO_TEXT -> TemporalCodecs.TEXT_DATETIME;
        };
    }

    @Override
    public ValueCodec<?> visitTimestamp(TimestampType type) {
        return switch (dialect.instantStorage()) {
            case TIMESTAMP_WITH_TIME_ZONE -> TemporalCodecs.OFFSET_INSTANT;
            case UTC_DATETIME -> TemporalCodecs.UTC_DATETIME_INSTANT;
            case UTC_ISO_TEXT -> TemporalCodecs.TEXT_INSTANT;
        };
    }

    @Override
    public ValueCodec<?> visitSmallInt(SmallIntType type) {
        return ExtendedCodecs.SMALLINT;
    }

    @Override
    public ValueCodec<?> visitReal(RealType type) {
        return ExtendedCodecs.REAL;
    }

    @Override
    public ValueCodec<?> visitChar(CharType type) {
        return CheckedText.of(ExtendedCodecs.FIXED_CHAR, dialect);
    }

    @Override
    public ValueCodec<?> visitBinary(BinaryType type) {
        return ExtendedCodecs.BINARY;
    }

    @Override
    public ValueCodec<?> visitUuid(UuidType type) {
        return switch (dialect.uuidStorage()) {
            case NATIVE -> ExtendedCodecs.NATIVE_UUID;
            case BIG_ENDIAN_BYTES -> ExtendedCodecs.BYTES_UUID;
            case TEXT -> ExtendedCodecs.TEXT_UUID;
        };
    }

    @Override
    public ValueCodec<?> visitTime(TimeType type) {
        return switch (dialect.dateTimeStorage()) {
            case NATIVE -> ExtendedCodecs.NATIVE_TIME;
            case ISO_TEXT -> ExtendedCodecs.TEXT_TIME;
        };
    }

    @Override
    public ValueCodec<?> visitJson(JsonType type) {
        return CheckedText.of(CompositeCodecs.typedText(dialect.bindsTypedTextUntyped()), dialect);
    }

    @Override
    public ValueCodec<?> visitNativeEnum(NativeEnumType<?> type) {
        dialect.typeName(type); // a dialect without native enums says so here
        return CompositeCodecs.nativeEnum(type, dialect.bindsTypedTextUntyped(), dialect.bindsEnumsByPosition());
    }

    @Override
    public ValueCodec<?> visitArray(ArrayType<?> type) {
        String declared = dialect.typeName(type).replace("[]", "").toLowerCase(Locale.ROOT);
        int parameters = declared.indexOf('(');
        String elementTypeName = parameters < 0 ? declared : declared.substring(0, parameters);
        return CompositeCodecs.array(type, ARRAY_ELEMENT_NAMES.getOrDefault(elementTypeName, elementTypeName));
    }

    @Override
    public ValueCodec<?> visitMapped(MappedType<?, ?> type) {
        return mapped(type);
    }

    private <T extends @Nullable Object, S extends @Nullable Object> ValueCodec<T> mapped(MappedType<T, S> type) {
        return CompositeCodecs.mapped(type, codecFor(type.storage()));
    }
}
