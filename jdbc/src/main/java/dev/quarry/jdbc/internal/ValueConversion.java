package dev.quarry.jdbc.internal;

import java.lang.invoke.MethodType;
import org.jspecify.annotations.Nullable;

/**
 * How a value of one Java class reaches a place (a record component, a column) that holds another,
 * decided once from the two classes. A value passes as it is when the target class accepts the
 * source class, primitives and their boxes being the same; an {@code Integer} widens to a
 * {@code Long}, the only conversion, since it is exact; when the source class is wider than the
 * target (such as {@code Object}, the class of a column of SQL written by hand), each value is
 * checked and converted where nothing is lost ({@link ExactConversions}). Any other pair does not fit.
 */
enum ValueConversion {
    /** Every value fits as it is. */
    AS_IS,
    /** Every value is an {@code Integer} that becomes a {@code Long}. */
    INT_TO_LONG,
    /** Values fit or not one by one, converted exactly where they can be; see {@link ExactConversions}. */
    CHECKED;

    /**
     * How values of a class reach a place of another class, or null if none can.
     *
     * @param source the class of the values, primitive or not
     * @param target the class of the place, primitive or not
     */
    static @Nullable ValueConversion between(Class<?> source, Class<?> target) {
        Class<?> from = boxed(source);
        Class<?> to = boxed(target);
        if (to.isAssignableFrom(from)) {
            return AS_IS;
        }
        if (from == Integer.class && to == Long.class) {
            return INT_TO_LONG;
        }
        return from.isAssignableFrom(to) ? CHECKED : null;
    }

    /**
     * A non-null value converted for a place of the target class, or null if it does not fit.
     *
     * @param target the boxed class of the place
     */
    @Nullable Object convert(Object value, Class<?> target) {
        return switch (this) {
            case AS_IS -> value;
            case INT_TO_LONG -> ((Integer) value).longValue();
            case CHECKED -> ExactConversions.convert(value, target);
        };
    }

    /** The wrapper class of a primitive class; any other class unchanged. */
    static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }
}
