package dev.quarry.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A database table described in code. Subclass it and declare columns as fields, one object per
 * table:
 *
 * <pre>{@code
 * public final class Users extends Table {
 *     public static final Users USERS = new Users();
 *     public final Column<Long> id = bigint("id").autoIncrement();
 *     public final Column<String> name = varchar("name", 64);
 *     public final Column<Integer> age = integer("age");
 *     public final Column<@Nullable Long> managerId = bigint("manager_id").nullable();
 *     private Users() { super("users"); }
 * }
 * }</pre>
 *
 * <p>Columns are registered in declaration order while the subclass is constructed; after that the
 * table does not change and is safe to share between threads. An auto-increment column is the
 * primary key unless {@link #primaryKey(Column[])} declares one. Unique constraints, foreign keys,
 * checks and indexes are declared the same way, in the constructor ({@link #unique},
 * {@link #foreignKey}, {@link #check}, {@link #index}; see also {@link Column#unique()} and
 * {@link Column#references}). Tables compare by identity.
 */
public abstract class Table extends ColumnFactories {
    /** What a table object stands for in a FROM clause. */
    public enum Kind {
        /** A table in the database. */
        BASE,
        /** Another table under an alias: {@code FROM users AS m}. */
        ALIAS,
        /** A common table expression, defined in the statement's WITH clause. */
        CTE,
        /** A subquery in FROM: {@code FROM (SELECT …) AS t}. */
        DERIVED
    }

    private final String tableName;
    private final Kind kind;
    private final List<Column<?>> columns = new ArrayList<>();
    private final List<Column<?>> columnsView = Collections.unmodifiableList(columns);
    private @Nullable PrimaryKey primaryKey;
    private final TableConstraints constraints = new TableConstraints(this);
    private final ClientChecks clientChecks = new ClientChecks();
    private volatile boolean audited;
    private @Nullable String versionColumnName;

    /** @param name the table's name in the database, unquoted */
    protected Table(String name) {
        this(name, Kind.BASE);
    }

    Table(String name, Kind kind) {
        this.tableName = Identifiers.requireValid(name, "table name");
        this.kind = kind;
    }

    /** The table's name in the database, unquoted (for an alias: the name of the aliased table). */
    public String tableName() {
        return tableName;
    }

    /** What this table object stands for in a FROM clause. */
    public final Kind kind() {
        return kind;
    }

    /** The name columns are qualified with: the alias of an alias, the table name otherwise. */
    public String referenceName() {
        return tableName;
    }

    /** This table under another name, for self-joins: {@code USERS.as("m")}. */
    public TableAlias as(String alias) {
        return new TableAlias(this, alias);
    }

    /** The columns in declaration order. */
    public final List<Column<?>> columns() {
        return columnsView;
    }

    /** The column with this name, or null. */
    public final @Nullable Column<?> findColumn(String name) {
        for (Column<?> column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }

    /**
     * The primary key columns: the declared key, else the auto-increment column, else none.
     */
    public final List<Column<?>> primaryKeyColumns() {
        if (primaryKey != null) {
            return primaryKey.columns();
        }
        Column<?> generated = autoIncrementColumn();
        return generated == null ? List.of() : List.of(generated);
    }

    /** The column whose values the database generates, or null. */
    public final @Nullable Column<?> autoIncrementColumn() {
        for (Column<?> column : columns) {
            if (column.isAutoIncrement()) {
                return column;
            }
        }
        return null;
    }

    /** Declares a column of any {@link SqlType}. */
    @Override
    protected final <T extends @Nullable Object> Column<T> column(String name, SqlType<T> type) {
        if (findColumn(name) != null) {
            throw new IllegalArgumentException("column " + tableName + "." + name + " is declared twice");
        }
        Column<T> column = new Column<>(this, name, type, false, false);
        columns.add(column);
        return column;
    }

    /**
     * Declares the primary key. Call once, while the table is constructed.
     *
     * @return the key, for Kotlin's {@code override val primaryKey = primaryKey(id)}
     */
    protected final PrimaryKey primaryKey(Column<?>... keyColumns) {
        if (primaryKey != null) {
            throw new IllegalStateException("table " + tableName + " declares its primary key twice");
        }
        PrimaryKey key = new PrimaryKey(List.of(keyColumns));
        for (Column<?> column : key.columns()) {
            if (column.table() != this) {
                throw new IllegalArgumentException(column.qualifiedName() + " is not a column of " + tableName);
            }
        }
        primaryKey = key;
        return key;
    }

    /** The unique constraints, in declaration order. */
    public final List<UniqueConstraint> uniqueConstraints() {
        return constraints.uniques();
    }

    /** The foreign keys, in declaration order. */
    public final List<ForeignKey> foreignKeys() {
        return constraints.foreignKeys();
    }

    /** The check constraints, in declaration order. */
    public final List<CheckConstraint> checks() {
        return constraints.checks();
    }

    /** The indexes, in declaration order. */
    public final List<Index> indexes() {
        return constraints.indexes();
    }

    /** Whether these columns, in this order, are the primary key or a unique constraint. */
    public final boolean isUniqueKey(List<? extends Column<?>> keyColumns) {
        if (primaryKeyColumns().equals(keyColumns)) {
            return true;
        }
        for (UniqueConstraint unique : constraints.uniques()) {
            if (unique.columns().equals(keyColumns)) {
                return true;
            }
        }
        return false;
    }

    /** Declares that no two rows share values in these columns, named {@code uq_<table>_<columns>}. */
    protected final UniqueConstraint unique(Column<?>... keyColumns) {
        return constraints.add(UniqueConstraint.named(List.of(keyColumns)));
    }

    /** Declares a named unique constraint. */
    protected final UniqueConstraint unique(String name, Column<?>... keyColumns) {
        return constraints.add(new UniqueConstraint(name, List.of(keyColumns)));
    }

    /** Declares an index named {@code ix_<table>_<columns>}. */
    protected final Index index(Column<?>... indexed) {
        return constraints.add(Index.named(List.of(indexed), false));
    }

    /** Declares a named index. */
    protected final Index index(String name, Column<?>... indexed) {
        return constraints.add(new Index(name, List.of(indexed), false));
    }

    /** Declares a unique index named {@code ux_<table>_<columns>}. */
    protected final Index uniqueIndex(Column<?>... indexed) {
        return constraints.add(Index.named(List.of(indexed), true));
    }

    /** Declares a named unique index. */
    protected final Index uniqueIndex(String name, Column<?>... indexed) {
        return constraints.add(new Index(name, List.of(indexed), true));
    }

    /**
     * Declares a foreign key of several columns, named {@code fk_<table>_<columns>}.
     *
     * @param keyColumns columns of this table
     * @param referenced the primary key or a unique constraint of the referenced table, in key order
     * @throws IllegalArgumentException if the counts or types differ, or the referenced columns are no key
     */
    protected final ForeignKey foreignKey(List<? extends Column<?>> keyColumns, List<? extends Column<?>> referenced,
            ReferenceAction onDelete, ReferenceAction onUpdate) {
        return constraints.add(ForeignKey.named(keyColumns, referenced, onDelete, onUpdate));
    }

    /** Declares a named foreign key; see {@link #foreignKey(List, List, ReferenceAction, ReferenceAction)}. */
    protected final ForeignKey foreignKey(List<? extends Column<?>> keyColumns, List<? extends Column<?>> referenced,
            ReferenceAction onDelete, ReferenceAction onUpdate, String name) {
        return constraints.add(
                new ForeignKey(name, List.copyOf(keyColumns), List.copyOf(referenced), onDelete, onUpdate));
    }

    /**
     * Declares a check constraint: {@code check("age_not_negative", age.ge(0))}. The condition may
     * use columns of this table and number, string and boolean values, which are written into the
     * DDL as literals.
     */
    protected final CheckConstraint check(String name, Condition condition) {
        return constraints.add(new CheckConstraint(name, condition));
    }

    /**
     * Declares a client-side validator across several columns, run before any SQL for every row
     * written with plain values for all of {@code columns}: {@code validator("ends after it starts",
     * List.of(startsAt, endsAt), row -> row.get(endsAt).isAfter(row.get(startsAt)))}. A row that
     * fails it is reported in a {@link dev.quarry.ValidationException} with {@code message}, together
     * with the row's other violations. An update that sets only some of the columns is not checked
     * against the stored values; a {@link #check} constraint covers that in the database. The rule
     * may be called from several threads at once.
     */
    protected final void validator(String message, List<? extends Column<?>> columns, java.util.function.Predicate<RowValues> rule) {
        java.util.Objects.requireNonNull(message, "message");
        java.util.Objects.requireNonNull(rule, "rule");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("the validator '" + message + "' of " + tableName + " names no column");
        }
        for (Column<?> column : columns) {
            if (column.table() != this) {
                throw new IllegalArgumentException("the validator '" + message + "' of " + tableName
                        + " names " + column.qualifiedName() + ", a column of another table");
            }
        }
        clientChecks.add(new ClientChecks.RowCheck(message, List.copyOf(columns), rule));
    }

    /**
     * Opts the table in to the audit log: every insert, update and delete of it through Quarry
     * writes, in the same transaction, one row per affected row to the audit table
     * ({@code dev.quarry.jdbc.audit.AuditLog}), with its key, the action, the row before and after
     * as JSON (sensitive columns masked), the actor and the time. The table needs a primary key.
     * Call while the table is constructed.
     */
    protected final void audited() {
        audited = true;
    }

    /** Whether the table's writes are audited; see {@link #audited()}. */
    public final boolean isAudited() {
        return audited;
    }

    /** Registers a check of a column's values declared with {@link Column#check}. */
    final void addValueCheck(ClientChecks.ValueCheck check) {
        clientChecks.add(check);
    }

    /** The client-side validators of the table. */
    final ClientChecks clientChecks() {
        return clientChecks;
    }

    /**
     * The column that optimistic locking checks and increments on every update and delete by
     * entity ({@link Column#version()}), or null.
     */
    public final @Nullable Column<?> versionColumn() {
        return versionColumnName == null ? null : findColumn(versionColumnName);
    }

    /** Registers the version column declared with {@link Column#version()}. */
    final void declareVersionColumn(Column<?> column) {
        if (versionColumnName != null) {
            throw new IllegalStateException("table " + tableName + " declares two version columns, "
                    + versionColumnName + " and " + column.name());
        }
        versionColumnName = column.name();
    }

    /** Registers a unique constraint declared on a column. */
    final void addUniqueConstraint(UniqueConstraint unique) {
        constraints.add(unique);
    }

    /** Registers a foreign key declared on a column. */
    final void addForeignKey(ForeignKey foreignKey) {
        constraints.add(foreignKey);
    }

    /** Registers a column built elsewhere (aliases and derived tables copy theirs). */
    final void addColumn(Column<?> column) {
        if (findColumn(column.name()) != null) {
            throw new IllegalArgumentException("column " + tableName + "." + column.name() + " is declared twice;"
                    + " give one of the selected expressions another name with as(...)");
        }
        columns.add(column);
    }

    /** Swaps a column for its modified copy, keeping its position. */
    final <C extends Column<?>> C replaceColumn(Column<?> current, C replacement) {
        int index = columns.indexOf(current);
        if (index < 0) {
            throw new IllegalStateException(current.qualifiedName() + " is not registered in " + tableName);
        }
        if (replacement.isAutoIncrement() && !current.isAutoIncrement() && autoIncrementColumn() != null) {
            throw new IllegalArgumentException("table " + tableName + " already has an auto-increment column, "
                    + autoIncrementColumn().qualifiedName());
        }
        columns.set(index, replacement);
        return replacement;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other;
    }

    @Override
    public final int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return referenceName();
    }
}
