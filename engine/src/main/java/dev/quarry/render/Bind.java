package dev.quarry.render;

import dev.quarry.sql.SqlType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One bind value of a rendered statement, with the SQL type that decides how the driver binds it.
 *
 * <p>A bind is sensitive when the renderer tied its value to a column declared
 * {@link dev.quarry.sql.Column#sensitive() sensitive}: written to it, compared with it, or combined
 * with it in one expression. {@link #toString()} then prints {@value #MASK} instead of the value.
 * Code that exports binds anywhere (a log, a span attribute, a metric tag, an exception message)
 * must do so through {@code toString()}, or check {@link #sensitive()} before it touches
 * {@link #value()}: a sensitive value must never leave the process that bound it.
 *
 * @param value the value, null for SQL NULL; the real value also for a sensitive bind
 * @param type the type it is bound as
 * @param sensitive whether the value must never be written to logs, telemetry or messages
 */
public record Bind(@Nullable Object value, SqlType<?> type, boolean sensitive) {
    /** What a sensitive value shows as wherever it is printed. */
    public static final String MASK = "***";

    public Bind {
        Objects.requireNonNull(type, "type");
    }

    /** A bind that is not sensitive. */
    public Bind(@Nullable Object value, SqlType<?> type) {
        this(value, type, false);
    }

    /** The same value and type, marked sensitive. */
    public Bind asSensitive() {
        return sensitive ? this : new Bind(value, type, true);
    }

    /** The value as a log line may show it: quoted text, {@value #MASK} for a sensitive value. */
    @Override
    public String toString() {
        if (sensitive) {
            return MASK;
        }
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }
}
