package dev.quarry.sql;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Years 1 to 9999. */
public record DateType() implements SqlType<LocalDate> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.TEMPORAL;
    }

    @Override
    public Class<LocalDate> javaType() {
        return LocalDate.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitDate(this);
    }

    @Override
    public @Nullable String violation(Object value) {
        String wrongClass = SqlType.super.violation(value);
        if (wrongClass != null) {
            return wrongClass;
        }
        return TemporalRange.containsYear(((LocalDate) value).getYear())
                ? null
                : TemporalRange.outOfRange(value);
    }
}
