package dev.quarry.sql;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Instants whose UTC year is 1 to 9999. */
public record TimestampType() implements SqlType<Instant> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.TEMPORAL;
    }

    @Override
    public Class<Instant> javaType() {
        return Instant.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitTimestamp(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        return TemporalRange.contains((Instant) value) ? null : TemporalRange.outOfRange(value);
    }
}
