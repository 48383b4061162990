package dev.quarry.sql;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record UuidType() implements SqlType<UUID> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.UUID;
    }

    @Override
    public Class<UUID> javaType() {
        return UUID.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitUuid(this);
    }
}
