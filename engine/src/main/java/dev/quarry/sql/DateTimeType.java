package dev.quarry.sql;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** Years 1 to 9999, the range every dialect stores and orders correctly. */
public record DateTimeType() implements SqlType<LocalDateTime> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.TEMPORAL;
    }

    @Override
    public Class<LocalDateTime> javaType() {
        return LocalDateTime.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitDateTime(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        return TemporalRange.containsYear(((LocalDateTime) value).getYear())
                ? null
                : TemporalRange.outOfRange(value);
    }
}
