package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** {@code DROP TABLE [IF EXISTS] table}. */
public record DropTable(Table table, boolean ifExists) implements Statement {

    public DropTable {
        Objects.requireNonNull(table, "table");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDropTable(this);
    }
}
