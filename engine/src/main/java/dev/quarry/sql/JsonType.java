package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/** The text of a JSON document; the database checks it is well-formed (SQLite does not). */
public record JsonType() implements SqlType<String> {
    @Override
    public SqlType.Category category() {
        return SqlType.Category.JSON;
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public <R extends @Nullable Object> R accept(SqlType.Visitor<R> visitor) {
        return visitor.visitJson(this);
    }
}
