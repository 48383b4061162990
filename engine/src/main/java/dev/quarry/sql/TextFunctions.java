package dev.quarry.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Text functions and string aggregation, for static import:
 * {@code import static dev.quarry.sql.TextFunctions.*}. Each gives the same result on every
 * dialect; lengths and positions count characters (code points), never bytes, and matching is
 * case-sensitive. A NULL text gives NULL. Counts are written into the SQL, texts are bound. The
 * matching predicates ({@code startsWith}, {@code ilike}, {@code matches} …) are methods of
 * {@link Expression}.
 */
public final class TextFunctions {
    private TextFunctions() {
    }

    /** Every occurrence of {@code search} replaced by {@code replacement}; an empty search changes nothing. */
    public static Expression<String> replace(Expression<String> text, String search, String replacement) {
        return call(SqlFunction.REPLACE, SqlType.TEXT, requireText(text, "replace"), bound(search, "replace search"),
                bound(replacement, "replace replacement"));
    }

    /** Without leading spaces. */
    public static Expression<String> ltrim(Expression<String> text) {
        return call(SqlFunction.LTRIM, SqlType.TEXT, requireText(text, "ltrim"));
    }

    /** Without trailing spaces. */
    public static Expression<String> rtrim(Expression<String> text) {
        return call(SqlFunction.RTRIM, SqlType.TEXT, requireText(text, "rtrim"));
    }

    /**
     * The text padded in front with {@code fill}, repeated and cut as needed, to {@code length}
     * characters; a longer text is cut to its first {@code length} characters.
     *
     * @throws IllegalArgumentException if the length is negative or the fill empty
     */
    public static Expression<String> lpad(Expression<String> text, int length, String fill) {
        return pad(SqlFunction.LPAD, text, length, fill);
    }

    /**
     * The text padded behind with {@code fill}, repeated and cut as needed, to {@code length}
     * characters; a longer text is cut to its first {@code length} characters.
     *
     * @throws IllegalArgumentException if the length is negative or the fill empty
     */
    public static Expression<String> rpad(Expression<String> text, int length, String fill) {
        return pad(SqlFunction.RPAD, text, length, fill);
    }

    /**
     * The 1-based character position of the first occurrence of {@code search}, case-sensitive;
     * 0 when it does not occur, 1 for an empty search.
     */
    public static Expression<Integer> position(Expression<String> text, String search) {
        return call(SqlFunction.POSITION, SqlType.INTEGER, requireText(text, "position"), bound(search, "position search"));
    }

    /**
     * The first {@code count} characters (all of them when there are fewer).
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public static Expression<String> left(Expression<String> text, int count) {
        return call(SqlFunction.LEFT, SqlType.TEXT, requireText(text, "left"), count(count, "left"));
    }

    /**
     * The last {@code count} characters (all of them when there are fewer).
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public static Expression<String> right(Expression<String> text, int count) {
        return call(SqlFunction.RIGHT, SqlType.TEXT, requireText(text, "right"), count(count, "right"));
    }

    /**
     * The text {@code count} times over; empty for 0.
     *
     * @throws IllegalArgumentException if the count is negative
     */
    public static Expression<String> repeat(Expression<String> text, int count) {
        return call(SqlFunction.REPEAT, SqlType.TEXT, requireText(text, "repeat"), count(count, "repeat"));
    }

    /** The characters (code points) in reverse order. */
    public static Expression<String> reverse(Expression<String> text) {
        return call(SqlFunction.REVERSE, SqlType.TEXT, requireText(text, "reverse"));
    }

    /**
     * The group's non-null texts in ascending order, joined with {@code separator}; NULL when the
     * group has none. See {@link Analytic.StringAgg}.
     *
     * @throws IllegalArgumentException if the separator is null
     */
    public static Analytic.StringAgg stringAgg(Expression<String> text, String separator) {
        return stringAgg(text, separator, text.asc());
    }

    /**
     * The group's non-null texts in the given order, joined with {@code separator}; NULL when the
     * group has none. End the order with a unique key, or tied texts may come in any order.
     *
     * @throws IllegalArgumentException if the separator is null or no order is given
     */
    public static Analytic.StringAgg stringAgg(Expression<String> text, String separator, Order... order) {
        requireText(text, "stringAgg");
        if (separator == null) {
            throw new IllegalArgumentException("the stringAgg separator must not be null; use \"\" for none");
        }
        List<Order> keys = new ArrayList<>(order.length);
        for (Order key : order) {
            keys.add(Objects.requireNonNull(key, "stringAgg order key"));
        }
        return new Analytic.StringAgg(text, new Expression.Param<>(separator, SqlType.TEXT), keys);
    }

    private static Expression<String> pad(SqlFunction function, Expression<String> text, int length, String fill) {
        String name = function.name().toLowerCase(java.util.Locale.ROOT);
        if (length < 0) {
            throw new IllegalArgumentException(name + " length must not be negative, got " + length);
        }
        if (fill == null || fill.isEmpty()) {
            throw new IllegalArgumentException(name + " needs a non-empty fill text, got "
                    + (fill == null ? "null" : "\"\""));
        }
        return call(function, SqlType.TEXT, requireText(text, name), Functions.literal(length), bound(fill, name + " fill"));
    }

    private static Expression<Integer> count(int count, String function) {
        if (count < 0) {
            throw new IllegalArgumentException(function + " count must not be negative, got " + count);
        }
        return Functions.literal(count);
    }

    private static Expression<String> bound(@Nullable String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException("the " + what + " must not be null");
        }
        return new Expression.Param<>(value, SqlType.TEXT);
    }

    private static <E extends Expression<?>> E requireText(E text, String function) {
        Objects.requireNonNull(text, function + " text");
        if (text.sqlType().category() != SqlType.Category.TEXT) {
            throw new IllegalArgumentException(function + " needs a text expression, but " + text + " is " + text.sqlType());
        }
        return text;
    }

    private static <T extends @Nullable Object> Expression<T> call(SqlFunction function, SqlType<T> type, Expression<?>... arguments) {
        return new Computed.FunctionCall<>(function, List.of(arguments), type);
    }
}
