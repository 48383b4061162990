package dev.quarry.sql;

import java.time.LocalTime;

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
    public <R> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitTime(this);
    }
}
