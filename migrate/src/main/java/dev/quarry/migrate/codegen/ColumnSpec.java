package dev.quarry.migrate.codegen;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One column as generated code declares it.
 *
 * @param name the column's name in the database
 * @param property the property or field name
 * @param literalDefault the default converted to the column's value type, when {@code defaultValue} declares it
 * @param databaseType the DDL type declared with {@code databaseType(…)}, when the dialect's name differs
 * @param comments lines written above the declaration (what the database type really is)
 * @param liveType the type as the catalogs report it
 */
record ColumnSpec(String name, String property, TypeSpec type, boolean nullable, boolean autoIncrement,
        @Nullable DefaultSpec defaultValue, @Nullable Object literalDefault, @Nullable String databaseType,
        boolean collationDeclared, @Nullable String collation, List<String> comments, String liveType) {

    /** Whether two columns are declared with the same kind and sizes, as a foreign key needs. */
    boolean sameKind(ColumnSpec other) {
        if (type.kind() == ColumnKind.VARCHAR && other.type.kind() == ColumnKind.VARCHAR) {
            return true;
        }
        return type.kind() == other.type.kind() && type.first() == other.type.first()
                && type.second() == other.type.second() && java.util.Objects.equals(type.element(), other.type.element())
                && java.util.Objects.equals(type.enumClass(), other.type.enumClass());
    }

    /**
     * This column declared with the kind of the column a foreign key references, its own type kept
     * as its DDL type: Quarry's foreign keys join columns of one kind.
     */
    ColumnSpec withKindOf(ColumnSpec referenced) {
        boolean keepsDefault = literalDefault == null || referenced.type.kind() == type.kind();
        return new ColumnSpec(name, property, referenced.type, nullable, autoIncrement && referenced.type.kind() == type.kind(),
                keepsDefault ? defaultValue : defaultValue == null ? null : DefaultSpec.raw(defaultValue.sql()),
                keepsDefault ? literalDefault : null, liveType, collationDeclared, collation, comments, liveType);
    }
}
