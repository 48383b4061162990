package dev.quarry.sql;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

public record TimeType() implements SqlType<LocalTime> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.TEMPORAL;
    }

    @Override
    public Class<LocalTime> javaType() {
        return LocalTime.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitTime(this);
    }
}
