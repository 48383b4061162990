package dev.quarry.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A window: {@code PARTITION BY … ORDER BY … [frame]}. Immutable; start with
 * {@link #partitionBy} or {@link #orderBy}.
 *
 * @param frame the frame, or null for the dialect's default (RANGE UNBOUNDED PRECEDING to CURRENT
 *     ROW when ordered, the whole partition otherwise; the same on every dialect)
 */
public record Window(List<Expression<?>> partitionBy, List<Order> orderBy, @Nullable Frame frame) {
    /** The whole result as one partition. */
    public static final Window ALL = new Window(List.of(), List.of(), null);

    public Window {
        partitionBy = List.copyOf(partitionBy);
        orderBy = List.copyOf(orderBy);
        if (frame != null && orderBy.isEmpty() && frame.unit() == Frame.Unit.RANGE && frame.hasOffset()) {
            throw new IllegalArgumentException("a RANGE frame with offsets needs an ORDER BY");
        }
    }

    public static Window partitionBy(Expression<?>... expressions) {
        return ALL.andPartitionBy(expressions);
    }

    public static Window orderBy(Order... keys) {
        return ALL.andOrderBy(keys);
    }

    /** Adds partitioning expressions. */
    public Window andPartitionBy(Expression<?>... expressions) {
        List<Expression<?>> all = new ArrayList<>(partitionBy);
        all.addAll(List.of(expressions));
        return new Window(all, orderBy, frame);
    }

    /** Adds sort keys. */
    public Window andOrderBy(Order... keys) {
        List<Order> all = new ArrayList<>(orderBy);
        all.addAll(List.of(keys));
        return new Window(partitionBy, all, frame);
    }

    /** {@code ROWS BETWEEN start AND end}. */
    public Window rows(Frame.Bound start, Frame.Bound end) {
        return new Window(partitionBy, orderBy, new Frame(Frame.Unit.ROWS, start, end));
    }

    /** {@code RANGE BETWEEN start AND end}. */
    public Window range(Frame.Bound start, Frame.Bound end) {
        return new Window(partitionBy, orderBy, new Frame(Frame.Unit.RANGE, start, end));
    }

    /** A window frame. */
    public record Frame(Unit unit, Bound start, Bound end) {
        public Frame {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
            if (start.kind() == Bound.Kind.UNBOUNDED_FOLLOWING || end.kind() == Bound.Kind.UNBOUNDED_PRECEDING) {
                throw new IllegalArgumentException("a frame cannot start at UNBOUNDED FOLLOWING or end at"
                        + " UNBOUNDED PRECEDING");
            }
        }

        boolean hasOffset() {
            return start.kind().hasOffset() || end.kind().hasOffset();
        }

        public enum Unit {
            ROWS,
            RANGE
        }

        /** One end of a frame. */
        public record Bound(Kind kind, long offset) {
            public static final Bound UNBOUNDED_PRECEDING = new Bound(Kind.UNBOUNDED_PRECEDING, 0);
            public static final Bound CURRENT_ROW = new Bound(Kind.CURRENT_ROW, 0);
            public static final Bound UNBOUNDED_FOLLOWING = new Bound(Kind.UNBOUNDED_FOLLOWING, 0);

            public Bound {
                Objects.requireNonNull(kind, "kind");
                if (offset < 0) {
                    throw new IllegalArgumentException("a frame offset must not be negative, got " + offset);
                }
            }

            /** {@code n PRECEDING}. */
            public static Bound preceding(long rows) {
                return new Bound(Kind.PRECEDING, rows);
            }

            /** {@code n FOLLOWING}. */
            public static Bound following(long rows) {
                return new Bound(Kind.FOLLOWING, rows);
            }

            public enum Kind {
                UNBOUNDED_PRECEDING,
                PRECEDING,
                CURRENT_ROW,
                FOLLOWING,
                UNBOUNDED_FOLLOWING;

                boolean hasOffset() {
                    return this == PRECEDING || this == FOLLOWING;
                }
            }
        }
    }
}
