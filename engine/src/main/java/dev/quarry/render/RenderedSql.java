package dev.quarry.render;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement rendered for one dialect: SQL text with {@code ?} placeholders and the values bound
 * to them, in order. Immutable.
 *
 * <p>{@link #toString()} prints the binds through {@link Bind#toString()}, so sensitive values
 * show as {@value Bind#MASK}; {@link #values()} returns the real values, for binding only.
 */
public record RenderedSql(String sql, List<Bind> binds) {
    public RenderedSql {
        Objects.requireNonNull(sql, "sql");
        binds = List.copyOf(binds);
    }

    /** The bind values alone, in placeholder order; nulls included; sensitive ones unmasked. */
    public List<@Nullable Object> values() {
        return binds.stream().<@Nullable Object>map(Bind::value).toList();
    }

    @Override
    public String toString() {
        return binds.isEmpty() ? sql : sql + " -- binds: " + binds;
    }

    /** Whether any bind is {@link Bind#sensitive() sensitive}. */
    public boolean hasSensitiveBinds() {
        for (Bind bind : binds) {
            if (bind.sensitive()) {
                return true;
            }
        }
        return false;
    }
}
