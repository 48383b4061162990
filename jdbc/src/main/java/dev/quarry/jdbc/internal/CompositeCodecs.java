package dev.quarry.jdbc.internal;

import dev.quarry.InvalidValueException;
import dev.quarry.sql.ArrayType;
import dev.quarry.sql.MappedType;
import dev.quarry.sql.NativeEnumType;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Codecs built from a type's parts: JSON and enum text, arrays, and users' mapped types. */
final class CompositeCodecs {
    private CompositeCodecs() {
    }

    /** Text bound as {@link Types#OTHER} where the database must convert it to the column's type. */
    static ValueCodec<String> typedText(boolean untyped) {
        return untyped
                ? ValueCodec.of(Types.OTHER,
                        (statement, index, value) -> statement.setObject(index, value, Types.OTHER),
                        (resultSet, index) -> resultSet.getString(index))
                : ScalarCodecs.STRING;
    }

    /** A native enum, read as its labels and written as its labels or its 1-based positions. */
    static <E extends Enum<E>> ValueCodec<E> nativeEnum(NativeEnumType<E> type, boolean untyped,
            boolean byPosition) {
        ValueCodec<String> text = typedText(untyped);
        ValueCodec.Binder<E> binder = byPosition
                ? (statement, index, value) -> statement.setInt(index, value.ordinal() + 1)
                : (statement, index, value) -> text.bind(statement, index, value.name());
        return ValueCodec.of(byPosition ? Types.INTEGER : text.jdbcType(), binder,
                (resultSet, index) -> {
                    String label = text.read(resultSet, index);
                    return label == null ? null : type.constantNamed(label);
                });
    }

    /**
     * A PostgreSQL array of elements.
     *
     * @param elementTypeName PostgreSQL's name of the element type, as {@code createArrayOf} wants it
     */
    static <E extends @Nullable Object> ValueCodec<List<@Nullable E>> array(ArrayType<E> type, String elementTypeName) {
        Class<E> elementClass = type.elementType().javaType();
        return new ValueCodec<>() {
            @Override
            public void bind(PreparedStatement statement, int index, List<@Nullable E> value) throws SQLException {
                statement.setArray(index, statement.getConnection().createArrayOf(elementTypeName, value.toArray()));
            }

            @Override
            public @Nullable List<@Nullable E> read(ResultSet resultSet, int index) throws SQLException {
                Array array = resultSet.getArray(index);
                if (array == null) {
                    return null;
                }
                try {
                    Object[] elements = (Object[]) array.getArray();
                    for (int i = 0; i < elements.length; i++) {
                        elements[i] = asElement(elements[i], elementClass);
                    }
                    @SuppressWarnings("unchecked")
                    List<@Nullable E> list = (List<@Nullable E>) Collections.unmodifiableList(Arrays.asList(elements));
                    return list;
                } finally {
                    array.free();
                }
            }

            @Override
            public int jdbcType() {
                return Types.ARRAY;
            }
        };
    }

    /** An element as the element type's Java class: the driver may widen small numbers. */
    private static @Nullable Object asElement(@Nullable Object element, Class<?> elementClass) {
        if (element == null || elementClass.isInstance(element)) {
            return element;
        }
        if (element instanceof Number number) {
            if (elementClass == Short.class) {
                return number.shortValue();
            }
            if (elementClass == Integer.class) {
                return number.intValue();
            }
            if (elementClass == Float.class) {
                return number.floatValue();
            }
        }
        throw new InvalidValueException("array element " + element + " (" + element.getClass().getName()
                + ") is not a " + elementClass.getSimpleName());
    }

    /** A user's type, converted to and from its storage type's codec. */
    static <T extends @Nullable Object, S extends @Nullable Object> ValueCodec<T> mapped(MappedType<T, S> type, ValueCodec<S> storage) {
        return ValueCodec.of(storage.jdbcType(),
                (statement, index, value) -> storage.bind(statement, index, type.store(value)),
                (resultSet, index) -> {
                    S stored = storage.read(resultSet, index);
                    if (stored == null) {
                        return null;
                    }
                    try {
                        return type.load(stored);
                    } catch (RuntimeException conversionFailed) {
                        throw new InvalidValueException("the stored value " + stored + " cannot be read as " + type.name()
                                + ": " + conversionFailed.getMessage(), conversionFailed);
                    }
                });
    }
}
