package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TABLE [IF NOT EXISTS]} for a table object: its columns, nullability, primary key
 * and generated key.
 *
 * <p>Checked on construction: primary key columns are non-null, and an auto-increment column is
 * the table's whole primary key (the one form all three dialects accept).
 */
public record CreateTable(Table table, boolean ifNotExists) implements Statement {

    public CreateTable {
        Objects.requireNonNull(table, "table");
        List<Column<?>> key = table.primaryKeyColumns();
        for (Column<?> column : key) {
            if (column.isNullable()) {
                throw new InvalidQueryException("primary key column " + column.qualifiedName() + " must not be nullable");
            }
        }
        Column<?> generated = table.autoIncrementColumn();
        if (generated != null && !(key.size() == 1 && key.get(0).equals(generated))) {
            throw new InvalidQueryException("auto-increment column " + generated.qualifiedName()
                    + " must be the whole primary key of " + table + ", but the key is " + key);
        }
        if (generated != null && generated.isNullable()) {
            throw new InvalidQueryException("auto-increment column " + generated.qualifiedName() + " must not be nullable");
        }
    }

    @Override
    public <R> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
