package dev.quarry.render;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement rendered for one dialect: SQL text with {@code ?} placeholders and the values bound
 * to them, in order. Immutable.
 */
public record RenderedSql(String sql, List<Bind> binds) {
    public RenderedSql {
        Objects.requireNonNull(sql, "sql");
        binds = List.copyOf(binds);
    }

    /** The bind values alone, in placeholder order; nulls included. */
    public List<@Nullable Object> values() {
        return binds.stream().<@Nullable Object>map(Bind::value).toList();
    }

    @Override
    public String toString() {
        return binds.isEmpty() ? sql : sql + " -- binds: " + binds;
    }
}
