package dev.quarry.sql;

import dev.quarry.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A column of a {@link Table}: its name, SQL type, nullability, whether the database generates
 * its values, and its defaults. Created by the table's factory methods while the table is
 * constructed; the modifiers ({@link #nullable()}, {@link #autoIncrement()}, {@link #sensitive()},
 * {@link #defaultValue}, {@link #defaultExpression}, {@link #clientDefault}) return a new column
 * that replaces this one in the table, and {@link #unique()} and {@link #references} add a
 * constraint to the table. Call them while the table is constructed.
 *
 * <p>Two columns are equal when they belong to the same table object and have the same name.
 * Instances are immutable and safe to share between threads once their table is constructed.
 *
 * @param <T> the Java type of the column's values; {@code @Nullable T} for nullable columns
 */
public final class Column<T extends @Nullable Object> implements Expression<T> {
    private final Table table;
    private final String name;
    private final SqlType<T> type;
    private final boolean nullable;
    private final boolean autoIncrement;
    private final boolean sensitive;
    private final @Nullable Expression<? extends T> databaseDefault;
    private final @Nullable Supplier<? extends T> clientDefault;
    private final DeclaredDdl ddl;
    private final int hash;

    /** The DDL spelling a column declares for itself instead of its dialect's; see {@link #databaseType}. */
    private record DeclaredDdl(@Nullable String typeName, boolean collationDeclared, @Nullable String collation) {
        static final DeclaredDdl NONE = new DeclaredDdl(null, false, null);
    }

    Column(Table table, String name, SqlType<T> type, boolean nullable, boolean autoIncrement) {
        this(table, name, type, nullable, autoIncrement, null, null, false, DeclaredDdl.NONE);
    }

    private Column(Table table, String name, SqlType<T> type, boolean nullable, boolean autoIncrement,
            @Nullable Expression<? extends T> databaseDefault, @Nullable Supplier<? extends T> clientDefault,
            boolean sensitive, DeclaredDdl ddl) {
        this.table = Objects.requireNonNull(table, "table");
        this.name = Identifiers.requireValid(name, "column name");
        this.type = Objects.requireNonNull(type, "type");
        this.nullable = nullable;
        this.autoIncrement = autoIncrement;
        this.databaseDefault = databaseDefault;
        this.clientDefault = clientDefault;
        this.sensitive = sensitive;
        this.ddl = ddl;
        this.hash = System.identityHashCode(table) * 31 + name.hashCode();
    }

    /** The table this column belongs to. */
    public Table table() {
        return table;
    }

    /** The column's name in the database, unquoted. */
    public String name() {
        return name;
    }

    @Override
    public SqlType<T> sqlType() {
        return type;
    }

    /** Whether the column accepts NULL. */
    public boolean isNullable() {
        return nullable;
    }

    /** Whether the column's values are kept out of logs, telemetry and exception messages; see {@link #sensitive()}. */
    public boolean isSensitive() {
        return sensitive;
    }

    /** Whether the database generates the column's values (identity / auto-increment). */
    public boolean isAutoIncrement() {
        return autoIncrement;
    }

    /**
     * Whether an INSERT must give this column a value: it is non-null and neither generated nor
     * defaulted by the database or the client.
     */
    public boolean isRequiredOnInsert() {
        return !nullable && !autoIncrement && databaseDefault == null && clientDefault == null;
    }

    /** What the database writes when an INSERT leaves the column out, or null for nothing (NULL). */
    public @Nullable Expression<? extends T> databaseDefault() {
        return databaseDefault;
    }

    /** Whether the client supplies a value when an INSERT leaves the column out. */
    public boolean hasClientDefault() {
        return clientDefault != null;
    }

    /**
     * Evaluates the client-side default for one row and checks the value as any value written.
     *
     * @throws IllegalStateException if the column has no client default
     * @throws InvalidValueException if the supplied value does not fit the column
     */
    public @Nullable T newClientDefault() {
        if (clientDefault == null) {
            throw new IllegalStateException(qualifiedName() + " has no client default");
        }
        try {
            return validate(clientDefault.get());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("the client default of " + qualifiedName() + " supplied a bad value: "
                    + e.getMessage());
        }
    }

    /** This column accepting NULL. Call while the table is constructed. */
    public Column<@Nullable T> nullable() {
        return table.replaceColumn(this,
                new Column<@Nullable T>(table, name, type, true, autoIncrement, databaseDefault, clientDefault, sensitive, ddl));
    }

    /**
     * This column with values that are never written to a log, a span, a metric tag or an
     * exception message: every value bound for it (written to it, compared with it, or combined
     * with it in one expression) renders as a {@link dev.quarry.render.Bind#sensitive() sensitive}
     * bind that prints as {@value dev.quarry.render.Bind#MASK}, and the JDBC layer removes such values
     * from the database's error messages. Values read back from the column are returned as they
     * are. Literals ({@code Functions.literal}) are part of the SQL text and are not masked.
     * Call while the table is constructed.
     */
    public Column<T> sensitive() {
        return table.replaceColumn(this,
                new Column<>(table, name, type, nullable, autoIncrement, databaseDefault, clientDefault, true, ddl));
    }

    /**
     * Declares a client-side check of the values written to this column, run before any SQL on
     * every non-null value an insert or update writes as a plain value: {@code integer("age").check(age -> age >= 0)},
     * in Kotlin {@code integer("age").check { it >= 0 }}. A failure is reported in a
     * {@link dev.quarry.ValidationException} together with the row's other violations, as
     * "{@code table.column: must pass its check}". Returns this column. Call while the table is
     * constructed; the rule may be called from several threads at once.
     */
    public Column<T> check(java.util.function.Predicate<? super T> rule) {
        return check("must pass its check", rule);
    }

    /**
     * Declares a client-side check as {@link #check(java.util.function.Predicate)} does, reported with
     * {@code message}: {@code varchar("email", 120).check("must contain @", email -> email.contains("@"))}.
     */
    @SuppressWarnings("unchecked")
    public Column<T> check(String message, java.util.function.Predicate<? super T> rule) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
        table.addValueCheck(new ClientChecks.ValueCheck(this, message, value -> ((java.util.function.Predicate<Object>) rule).test(value)));
        return this;
    }

    /**
     * This column with a database default: the value the database writes when an INSERT leaves the
     * column out, written into CREATE TABLE as a literal. Numbers, strings and booleans only.
     *
     * @throws InvalidValueException if the value does not fit the column
     */
    public Column<T> defaultValue(@Nullable T value) {
        return withDatabaseDefault(new Expression.Param<>(validate(value), type));
    }

    /**
     * This column with a database default computed by the database for each inserted row, such as
     * {@code Functions.currentTimestamp()} for a timestamp column, {@code Functions.currentDateTime()}
     * for a datetime column or {@code Functions.currentDate()} for a date column (all in UTC). The
     * expression may not refer to columns.
     */
    public Column<T> defaultExpression(Expression<? extends T> expression) {
        return withDatabaseDefault(Objects.requireNonNull(expression, "expression"));
    }

    /**
     * This column with a client-side default: when an INSERT leaves the column out, the supplier is
     * called once for each inserted row, on the thread that runs the insert (so possibly on
     * several threads at once), and its value is checked and bound like any other. Kotlin:
     * {@code varchar("code", 36).clientDefault { newCode() }}.
     */
    public Column<T> clientDefault(Supplier<? extends T> supplier) {
        Objects.requireNonNull(supplier, "supplier");
        requireNotGenerated("a client default");
        return table.replaceColumn(this, new Column<>(table, name, type, nullable, false, databaseDefault, supplier, sensitive, ddl));
    }

    /**
     * This column with its DDL type spelled as given instead of as its dialect names its
     * {@link SqlType}: for a table that already exists and is declared for the one database it was
     * created on, such as {@code varchar("Name", 120).databaseType("NVARCHAR(120)")} on SQLite or
     * {@code datetime("InvoiceDate").databaseType("DATETIME")} on MySQL. Values are still bound and
     * read as the column's {@code SqlType}, so the database type must hold them. Call while the
     * table is constructed.
     *
     * @throws IllegalArgumentException if the name is blank or holds a semicolon or a comment
     */
    public Column<T> databaseType(String typeName) {
        Objects.requireNonNull(typeName, "typeName");
        if (typeName.isBlank() || typeName.contains(";") || typeName.contains("--") || typeName.contains("/*")) {
            throw new IllegalArgumentException("\"" + typeName + "\" is not a type name for " + qualifiedName()
                    + ": give the type as the database spells it, without a semicolon or comment");
        }
        return withDdl(new DeclaredDdl(typeName.trim(), ddl.collationDeclared(), ddl.collation()));
    }

    /**
     * This column with the collation it declares in DDL instead of its dialect's (Quarry declares
     * {@code "C"} for PostgreSQL text columns): a collation name, or null for the database's
     * default, which is what a column created without COLLATE has. Comparisons and sorting on the
     * column then follow that collation; {@link Functions#byCodePoint} compares by code point
     * whatever it is. Call while the table is constructed.
     *
     * @throws IllegalArgumentException if the name is not a collation name
     */
    public Column<T> collation(@Nullable String collationName) {
        if (collationName != null && !collationName.matches("[A-Za-z0-9_][A-Za-z0-9_.@-]{0,62}")) {
            throw new IllegalArgumentException("\"" + collationName + "\" is not a collation name for "
                    + qualifiedName() + ": use letters, digits, '_', '.', '@' and '-'");
        }
        return withDdl(new DeclaredDdl(ddl.typeName(), true, collationName));
    }

    /** The DDL type declared with {@link #databaseType}, or null when the dialect names it. */
    public @Nullable String declaredTypeName() {
        return ddl.typeName();
    }

    /** Whether {@link #collation} declared the column's collation, overriding the dialect's. */
    public boolean declaresCollation() {
        return ddl.collationDeclared();
    }

    /** The collation declared with {@link #collation}; null for the database's default or none declared. */
    public @Nullable String declaredCollation() {
        return ddl.collation();
    }

    private Column<T> withDdl(DeclaredDdl declared) {
        return table.replaceColumn(this,
                new Column<>(table, name, type, nullable, autoIncrement, databaseDefault, clientDefault, sensitive, declared));
    }

    /**
     * Declares that no two rows share a value in this column: a unique constraint named
     * {@code uq_<table>_<column>}.
     *
     * @return this column
     */
    public Column<T> unique() {
        table.addUniqueConstraint(UniqueConstraint.named(List.of(this)));
        return this;
    }

    /**
     * Declares this non-null integer or bigint column as the table's version for optimistic
     * locking: every update and delete by entity requires the row to still have the version it was
     * read with, and an update increments it.
     *
     * @return this column
     * @throws IllegalArgumentException if the column is nullable, auto-increment or not an integer type
     */
    public Column<T> version() {
        if (nullable || autoIncrement || !(type.equals(SqlType.BIGINT) || type.equals(SqlType.INTEGER))) {
            throw new IllegalArgumentException("version column " + qualifiedName() + " must be a non-null integer or"
                    + " bigint column without auto-increment, but it is of " + type.javaType().getSimpleName() + (nullable ? ", nullable" : "")
                    + (autoIncrement ? ", auto-increment" : ""));
        }
        table.declareVersionColumn(this);
        return this;
    }

    /** A foreign key from this column to another table's key column, without referential actions. */
    public Column<T> references(Column<? extends T> target) {
        return references(target, ReferenceAction.NO_ACTION, ReferenceAction.NO_ACTION);
    }

    /** A foreign key from this column to another table's key column, with an action on delete. */
    public Column<T> references(Column<? extends T> target, ReferenceAction onDelete) {
        return references(target, onDelete, ReferenceAction.NO_ACTION);
    }

    /**
     * Declares a foreign key named {@code fk_<table>_<column>} from this column to {@code target},
     * which is the primary key or a unique column of its table.
     *
     * @return this column
     * @throws IllegalArgumentException if the types differ or the target is no key of its table
     */
    public Column<T> references(Column<? extends T> target, ReferenceAction onDelete, ReferenceAction onUpdate) {
        table.addForeignKey(ForeignKey.named(List.of(this), List.of(target), onDelete, onUpdate));
        return this;
    }

    private Column<T> withDatabaseDefault(Expression<? extends T> expression) {
        requireNotGenerated("a default");
        return table.replaceColumn(this, new Column<>(table, name, type, nullable, false, expression, clientDefault, sensitive, ddl));
    }

    private void requireNotGenerated(String what) {
        if (autoIncrement) {
            throw new IllegalArgumentException("auto-increment column " + qualifiedName()
                    + " gets its values from the database and cannot have " + what);
        }
    }

    /**
     * This column with values generated by the database. Only for integer and bigint columns; the
     * column becomes the table's primary key unless the table declares one that contains it.
     */
    public Column<T> autoIncrement() {
        if (!(type instanceof IntegerType) && !(type instanceof BigIntType)) {
            throw new IllegalArgumentException("auto-increment needs an integer or bigint column, but "
                    + qualifiedName() + " is " + type);
        }
        if (databaseDefault != null || clientDefault != null) {
            throw new IllegalArgumentException(qualifiedName() + " has a default and cannot also be auto-increment");
        }
        return table.replaceColumn(this, new Column<>(table, name, type, nullable, true, null, null, sensitive, ddl));
    }

    /**
     * Checks a value about to be written to this column.
     *
     * @return the value, unchanged
     * @throws InvalidValueException if the value is null for a non-null column or does not fit the type
     */
    public @Nullable T validate(@Nullable Object value) {
        if (value == null) {
            if (!nullable) {
                throw new InvalidValueException("null is not allowed in non-null column " + qualifiedName());
            }
            return null;
        }
        String violation = type.violation(value);
        if (violation != null) {
            throw new InvalidValueException("invalid value for " + qualifiedName() + ": "
                    + (sensitive ? violation.replace(String.valueOf(value), dev.quarry.render.Bind.MASK) : violation));
        }
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return typed;
    }

    /** The same column in another table object (an alias). */
    Column<T> copyFor(Table owner) {
        return new Column<>(owner, name, type, nullable, false, null, null, sensitive, ddl);
    }

    /** {@code table.column}, for messages. */
    public String qualifiedName() {
        return table.referenceName() + "." + name;
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitColumn(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Column<?> column && column.table == table && column.name.equals(name);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
