package dev.quarry.migrate.codegen;

import dev.quarry.sql.SqlType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The type part of a generated column: its factory kind with sizes, the element of an array, the
 * class and labels of an enum.
 *
 * @param enumClass the enum's class: a simple name for an enum generated beside the tables, a
 *     qualified one for an override
 * @param enumTypeName the database's enum type (PostgreSQL), for {@link ColumnKind#NATIVE_ENUM}
 * @param labels the database's enum labels, for an enum generated beside the tables
 */
record TypeSpec(ColumnKind kind, int first, int second, @Nullable TypeSpec element, @Nullable String enumClass,
        @Nullable String enumTypeName, List<String> labels) {

    static TypeSpec of(ColumnKind kind) {
        return new TypeSpec(kind, 0, 0, null, null, null, List.of());
    }

    static TypeSpec sized(ColumnKind kind, int first, int second) {
        return new TypeSpec(kind, first, second, null, null, null, List.of());
    }

    static TypeSpec arrayOf(TypeSpec element) {
        return new TypeSpec(ColumnKind.ARRAY, 0, 0, element, null, null, List.of());
    }

    /** The engine type, or null for enums (their class does not exist until the code is compiled). */
    @Nullable SqlType<?> sqlType() {
        if (kind == ColumnKind.ARRAY) {
            SqlType<?> elementType = element.sqlType();
            return elementType == null ? null : SqlType.array(elementType);
        }
        return kind.sqlType(first, second);
    }

    /** The Java expression of the engine type, for array elements and raw defaults. */
    String sqlTypeCode() {
        return kind == ColumnKind.ARRAY ? "SqlType.array(" + element.sqlTypeCode() + ")" : kind.sqlTypeCode(first, second);
    }

    /** The enum class's simple name. */
    String enumSimpleName() {
        return enumClass.substring(enumClass.lastIndexOf('.') + 1);
    }
}
