package dev.quarry.migrate.codegen;

import java.util.Set;

/**
 * The parts of a generated column declaration that Kotlin and Java write alike: the factory call
 * of a plain or sized kind, and the calls chained after the factory (declared type, collation,
 * nullability, auto-increment, default). Only literals differ, which each language writes itself.
 */
final class ColumnCalls {
    /** Writes a default value as a literal of the generated language. */
    @FunctionalInterface
    interface LiteralWriter {
        String literal(Object value, TypeSpec type, Set<String> imports);
    }

    private ColumnCalls() {
    }

    /** {@code factory(name)}, or {@code factory(name, size)} / {@code factory(name, precision, scale)}. */
    static void appendFactory(StringBuilder out, String factory, String name, TypeSpec type) {
        out.append(factory).append('(').append(name);
        if (type.kind().sizeArguments > 0) {
            out.append(", ").append(type.first());
        }
        if (type.kind().sizeArguments > 1) {
            out.append(", ").append(type.second());
        }
        out.append(')');
    }

    /** The calls after the factory, each only where the column needs it. */
    static void appendModifiers(StringBuilder out, ColumnSpec column, Language language, LiteralWriter literals,
            Set<String> imports) {
        TypeSpec type = column.type();
        if (column.databaseType() != null) {
            out.append(".databaseType(").append(Names.literal(column.databaseType(), language)).append(')');
        }
        if (column.collationDeclared()) {
            out.append(".collation(").append(column.collation() == null ? "null"
                    : Names.literal(column.collation(), language)).append(')');
        }
        if (column.nullable()) {
            out.append(".nullable()");
        }
        if (column.autoIncrement()) {
            out.append(".autoIncrement()");
        }
        if (column.literalDefault() != null) {
            out.append(".defaultValue(").append(literals.literal(column.literalDefault(), type, imports)).append(')');
        } else if (column.defaultValue() != null && !type.kind().isEnum()) {
            imports.add("dev.quarry.sql.Functions");
            imports.add("dev.quarry.sql.SqlType");
            out.append(".defaultExpression(Functions.sql(")
                    .append(Names.literal(Names.templateText(column.defaultValue().sql()), language)).append(", ")
                    .append(type.sqlTypeCode()).append("))");
        }
    }

    /** The simple name of the column's enum class, importing it when it has a package. */
    static String enumClass(TypeSpec type, Set<String> imports) {
        if (type.enumClass().contains(".")) {
            imports.add(type.enumClass());
        }
        return type.enumSimpleName();
    }
}
