package dev.quarry.migrate.codegen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Writes a {@link TableSpec} as a Kotlin {@code object}, the way the samples declare tables. Stateless. */
final class KotlinTableWriter {
    private KotlinTableWriter() {
    }

    static String write(String packageName, TableSpec table) {
        Set<String> imports = new TreeSet<>();
        imports.add("dev.quarry.kotlin.Table");
        StringBuilder body = new StringBuilder();
        body.append("/** Table `").append(table.tableName()).append("`. ").append(TableCodeGenerator.MARKER).append(" */\n");
        body.append("object ").append(table.className()).append(" : Table(")
                .append(Names.literal(table.tableName(), Language.KOTLIN)).append(") {\n");
        for (ColumnSpec column : table.columns()) {
            for (String comment : column.comments()) {
                body.append("    // ").append(comment).append('\n');
            }
            body.append("    val ").append(Names.kotlin(column.property())).append(" = ").append(column(column, imports))
                    .append('\n');
        }
        if (!table.primaryKey().isEmpty()) {
            body.append("    override val primaryKey = primaryKey(").append(properties(table.primaryKey())).append(")\n");
        }
        StringBuilder constraints = new StringBuilder();
        for (TableSpec.Constraint unique : table.uniques()) {
            constraints.append("        unique(").append(Names.literal(unique.name(), Language.KOTLIN)).append(", ")
                    .append(properties(unique.properties())).append(")\n");
        }
        for (TableSpec.Index index : table.indexes()) {
            constraints.append("        ").append(index.unique() ? "uniqueIndex(" : "index(")
                    .append(Names.literal(index.name(), Language.KOTLIN)).append(", ").append(properties(index.properties()))
                    .append(")\n");
        }
        for (TableSpec.ForeignKey key : table.foreignKeys()) {
            imports.add("dev.quarry.sql.ReferenceAction");
            String owner = key.referencedClass().equals(table.className()) ? "" : key.referencedClass() + ".";
            constraints.append("        foreignKey(\n            listOf(").append(properties(key.properties()))
                    .append("),\n            listOf(").append(key.referencedProperties().stream()
                            .map(property -> owner + Names.kotlin(property)).collect(Collectors.joining(", ")))
                    .append("),\n            ReferenceAction.").append(key.onDelete().name()).append(", ReferenceAction.")
                    .append(key.onUpdate().name()).append(",\n            ").append(Names.literal(key.name(), Language.KOTLIN))
                    .append(",\n        )\n");
        }
        for (TableSpec.Check check : table.checks()) {
            imports.add("dev.quarry.sql.Functions");
            constraints.append("        check(").append(Names.literal(check.name(), Language.KOTLIN))
                    .append(", Functions.sqlCondition(").append(Names.literal(Names.templateText(check.sql()), Language.KOTLIN))
                    .append("))\n");
        }
        if (constraints.length() > 0) {
            body.append("\n    init {\n").append(constraints).append("    }\n");
        }
        body.append("}\n");
        StringBuilder file = new StringBuilder("package ").append(packageName).append("\n\n");
        imports.forEach(name -> file.append("import ").append(name).append('\n'));
        return file.append('\n').append(body).toString();
    }

    static String writeEnum(String packageName, String className, List<String> labels) {
        return "package " + packageName + "\n\n/** A database enum type. " + TableCodeGenerator.MARKER + " */\nenum class "
                + className + " {\n" + labels.stream().map(label -> "    " + label + ",\n").collect(Collectors.joining())
                + "}\n";
    }

    private static String properties(List<String> properties) {
        return properties.stream().map(Names::kotlin).collect(Collectors.joining(", "));
    }

    private static String column(ColumnSpec column, Set<String> imports) {
        TypeSpec type = column.type();
        String name = Names.literal(column.name(), Language.KOTLIN);
        StringBuilder out = new StringBuilder();
        switch (type.kind()) {
            case ARRAY -> {
                imports.add("dev.quarry.sql.SqlType");
                out.append("array(").append(name).append(", ").append(type.element().sqlTypeCode()).append(")");
            }
            case NATIVE_ENUM -> out.append("nativeEnum<").append(ColumnCalls.enumClass(type, imports)).append(">(").append(name)
                    .append(", ").append(Names.literal(type.enumTypeName(), Language.KOTLIN)).append(")");
            case ENUM_BY_NAME, ENUM_BY_ORDINAL -> out.append(type.kind().kotlinFactory).append('<')
                    .append(ColumnCalls.enumClass(type, imports)).append(">(").append(name).append(")");
            default -> ColumnCalls.appendFactory(out, type.kind().kotlinFactory, name, type);
        }
        ColumnCalls.appendModifiers(out, column, Language.KOTLIN, KotlinTableWriter::literal, imports);
        return out.toString();
    }

    private static String literal(Object value, TypeSpec type, Set<String> imports) {
        if (value instanceof String text) {
            return Names.literal(text, Language.KOTLIN);
        }
        if (value instanceof DefaultSpec.EnumConstant constant) {
            return type.enumSimpleName() + "." + constant.name();
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof Short number) {
            return number + ".toShort()";
        }
        if (value instanceof BigDecimal decimal) {
            imports.add("java.math.BigDecimal");
            return "BigDecimal(\"" + decimal.toPlainString() + "\")";
        }
        if (value instanceof Float number) {
            return number + "f";
        }
        return String.valueOf(value);
    }
}
