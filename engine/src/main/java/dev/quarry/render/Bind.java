package dev.quarry.render;

import dev.quarry.sql.SqlType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One bind value of a rendered statement, with the SQL type that decides how the driver binds it.
 *
 * @param value the value, null for SQL NULL
 * @param type the type it is bound as
 */
public record Bind(@Nullable Object value, SqlType<?> type) {
    public Bind {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
}
