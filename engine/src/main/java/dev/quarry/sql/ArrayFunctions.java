package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Conditions on array columns ({@link SqlType#array}), which exist on PostgreSQL only: rendering
 * them elsewhere is a clear error. Stateless.
 */
public final class ArrayFunctions {
    private ArrayFunctions() {
    }

    /** The array holds every one of {@code elements} ({@code array @> ?}). */
    public static <E extends @Nullable Object> Condition containsAll(Expression<List<@Nullable E>> array, List<E> elements) {
        return new Condition.Contains(array, new Expression.Param<>(List.copyOf(elements), arrayType(array)));
    }

    /** The array holds this element: {@code element = ANY(array)} for a non-null element. */
    public static <E extends @Nullable Object> Condition contains(Expression<List<@Nullable E>> array, E element) {
        return containsAll(array, List.of(Objects.requireNonNull(element, "element")));
    }

    @SuppressWarnings("unchecked")
    private static <E extends @Nullable Object> SqlType<List<@Nullable E>> arrayType(Expression<?> array) {
        if (!(array.sqlType() instanceof ArrayType<?>)) {
            throw new IllegalArgumentException("array containment needs an array expression, but " + array + " is "
                    + array.sqlType());
        }
        return (SqlType<List<@Nullable E>>) array.sqlType();
    }
}
