package dev.quarry.sql;

import java.util.Objects;

/**
 * One ORDER BY key. Unless {@link Nulls#FIRST} or {@link Nulls#LAST} is asked for, NULLs sort as
 * the smallest value on every dialect: first ascending, last descending.
 */
public record Order(Expression<?> expression, Direction direction, Nulls nulls) {
    public Order {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(nulls, "nulls");
    }

    /** The same key with NULLs first. */
    public Order nullsFirst() {
        return new Order(expression, direction, Nulls.FIRST);
    }

    /** The same key with NULLs last. */
    public Order nullsLast() {
        return new Order(expression, direction, Nulls.LAST);
    }

    /** Whether NULLs come first under this key once the default is resolved. */
    public boolean nullsComeFirst() {
        return switch (nulls) {
            case FIRST -> true;
            case LAST -> false;
            case DEFAULT -> direction == Direction.ASC;
        };
    }

    public enum Direction {
        ASC,
        DESC
    }

    public enum Nulls {
        /** NULLs are the smallest value. */
        DEFAULT,
        FIRST,
        LAST
    }
}
