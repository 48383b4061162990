package dev.quarry.sql;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table under another name in one query, for self-joins and correlated subqueries:
 *
 * <pre>{@code
 * TableAlias managers = USERS.as("m");
 * Select.from(USERS).join(managers, USERS.managerId.eq(managers.get(USERS.id)))
 * }</pre>
 *
 * Its columns mirror the aliased table's and are qualified with the alias. Immutable.
 */
public final class TableAlias extends Table {
    private final Table target;
    private final String alias;

    TableAlias(Table target, String alias) {
        super(target.tableName(), Kind.ALIAS);
        if (target.kind() == Kind.ALIAS || target.kind() == Kind.DERIVED) {
            throw new IllegalArgumentException("only tables and CTEs can be aliased, not " + target);
        }
        this.target = target;
        this.alias = Identifiers.requireValid(alias, "table alias");
        for (Column<?> column : target.columns()) {
            addColumn(column.copyFor(this));
        }
    }

    /** The aliased table. */
    public Table target() {
        return target;
    }

    /** The alias. */
    public String alias() {
        return alias;
    }

    @Override
    public String referenceName() {
        return alias;
    }

    /**
     * This alias's copy of a column of the aliased table: {@code managers.get(USERS.name)}; in
     * Kotlin {@code managers[Users.name]}.
     */
    public <T extends @Nullable Object> Column<T> get(Column<T> column) {
        Objects.requireNonNull(column, "column");
        if (column.table() != target) {
            throw new IllegalArgumentException(column.qualifiedName() + " is not a column of " + target.tableName());
        }
        @SuppressWarnings("unchecked")
        Column<T> copy = (Column<T>) findColumn(column.name());
        return copy;
    }
}
