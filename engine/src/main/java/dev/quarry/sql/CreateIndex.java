package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table (columns…)}: one declared
 * {@link Index}. Creating a table runs these right after its CREATE TABLE on dialects that do not
 * declare indexes inside it ({@link CreateTable#statementsFor}).
 */
public record CreateIndex(Index index, boolean ifNotExists) implements Statement {

    public CreateIndex {
        Objects.requireNonNull(index, "index");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
