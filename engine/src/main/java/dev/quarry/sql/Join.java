package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One join of a select: its kind, the table joined and the ON condition (none for CROSS).
 */
public record Join(JoinType type, Table table, @Nullable Condition on) {
    public Join {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
        if ((type == JoinType.CROSS) != (on == null)) {
            throw new IllegalArgumentException(type == JoinType.CROSS
                    ? "a CROSS JOIN has no ON condition"
                    : type.keyword() + " " + table + " needs an ON condition");
        }
    }
}
