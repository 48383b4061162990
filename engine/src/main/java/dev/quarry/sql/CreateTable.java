package dev.quarry.sql;

import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE TABLE [IF NOT EXISTS]} for a table object: its columns, nullability, defaults,
 * primary key, generated key, unique constraints, foreign keys and checks, and its indexes where
 * the dialect declares them inside CREATE TABLE ({@link #statementsFor} adds the others).
 *
 * <p>Checked on construction: primary key columns are non-null, an auto-increment column is the
 * table's whole primary key (the one form all three dialects accept), a foreign key references a
 * key of its table, and columns a foreign key sets to NULL (or to their default) can take it.
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
        for (ForeignKey foreignKey : table.foreignKeys()) {
            requireActionsFit(table, foreignKey);
        }
    }

    /**
     * This statement followed by a {@link CreateIndex} for each of the table's indexes that the
     * dialect does not declare inside CREATE TABLE, with the same IF NOT EXISTS: what creating the
     * table runs, in order.
     */
    public List<Statement> statementsFor(Dialect dialect) {
        List<Statement> statements = new ArrayList<>();
        statements.add(this);
        if (!dialect.declaresIndexesInCreateTable()) {
            for (Index index : table.indexes()) {
                statements.add(new CreateIndex(index, ifNotExists));
            }
        }
        return statements;
    }

    private static void requireActionsFit(Table table, ForeignKey foreignKey) {
        try {
            foreignKey.requireReferencedKey();
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(e.getMessage());
        }
        boolean setsNull = foreignKey.onDelete() == ReferenceAction.SET_NULL
                || foreignKey.onUpdate() == ReferenceAction.SET_NULL;
        boolean setsDefault = foreignKey.onDelete() == ReferenceAction.SET_DEFAULT
                || foreignKey.onUpdate() == ReferenceAction.SET_DEFAULT;
        for (Column<?> declared : foreignKey.columns()) {
            Column<?> column = Objects.requireNonNull(table.findColumn(declared.name()));
            if (setsNull && !column.isNullable()) {
                throw new InvalidQueryException("foreign key " + foreignKey.name() + " sets " + column.qualifiedName()
                        + " to NULL, but the column is not nullable");
            }
            if (setsDefault && !column.isNullable() && column.databaseDefault() == null) {
                throw new InvalidQueryException("foreign key " + foreignKey.name() + " sets " + column.qualifiedName()
                        + " to its default, but the column has no database default and is not nullable");
            }
        }
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateTable(this);
    }
}
