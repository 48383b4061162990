package dev.quarry.migrate.codegen;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes a {@link TableSpec} as a Java class with a static instance, the way the Java samples
 * declare tables: {@code public static final Album ALBUM = new Album();}. Stateless.
 */
final class JavaTableWriter {
    private JavaTableWriter() {
    }

    /** The name of the static instance: {@code INVOICE_LINE} for class {@code InvoiceLine}. */
    static String constant(String className) {
        return Names.words(className).stream().map(word -> word.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_"));
    }

    static String write(String packageName, TableSpec table) {
        Set<String> imports = new TreeSet<>(Set.of("dev.quarry.sql.Column", "dev.quarry.sql.Table"));
        String self = constant(table.className());
        StringBuilder body = new StringBuilder();
        body.append("/** Table {@code ").append(table.tableName()).append("}. ").append(TableCodeGenerator.MARKER)
                .append(" */\n");
        body.append("public final class ").append(table.className()).append(" extends Table {\n");
        body.append("    public static final ").append(table.className()).append(' ').append(self).append(" = new ")
                .append(table.className()).append("();\n");
        for (ColumnSpec column : table.columns()) {
            for (String comment : column.comments()) {
                body.append("    // ").append(comment).append('\n');
            }
            body.append("    public final Column<").append(valueType(column, imports)).append("> ")
                    .append(Names.java(column.property())).append(" = ").append(column(column, imports)).append(";\n");
        }
        body.append("\n    private ").append(table.className()).append("() {\n        super(")
                .append(Names.literal(table.tableName(), Language.JAVA)).append(");\n");
        if (!table.primaryKey().isEmpty()) {
            body.append("        primaryKey(").append(properties(table.primaryKey())).append(");\n");
        }
        for (TableSpec.Constraint unique : table.uniques()) {
            body.append("        unique(").append(Names.literal(unique.name(), Language.JAVA)).append(", ")
                    .append(properties(unique.properties())).append(");\n");
        }
        for (TableSpec.Index index : table.indexes()) {
            body.append("        ").append(index.unique() ? "uniqueIndex(" : "index(")
                    .append(Names.literal(index.name(), Language.JAVA)).append(", ").append(properties(index.properties()))
                    .append(");\n");
        }
        for (TableSpec.ForeignKey key : table.foreignKeys()) {
            imports.add("dev.quarry.sql.ReferenceAction");
            imports.add("java.util.List");
            String owner = key.referencedClass().equals(table.className()) ? "this."
                    : key.referencedClass() + "." + constant(key.referencedClass()) + ".";
            body.append("        foreignKey(List.of(").append(properties(key.properties())).append("),\n                List.of(")
                    .append(key.referencedProperties().stream().map(property -> owner + Names.java(property))
                            .collect(Collectors.joining(", ")))
                    .append("),\n                ReferenceAction.").append(key.onDelete().name())
                    .append(", ReferenceAction.").append(key.onUpdate().name()).append(", ")
                    .append(Names.literal(key.name(), Language.JAVA)).append(");\n");
        }
        for (TableSpec.Check check : table.checks()) {
            imports.add("dev.quarry.sql.Functions");
            body.append("        check(").append(Names.literal(check.name(), Language.JAVA))
                    .append(", Functions.sqlCondition(").append(Names.literal(Names.templateText(check.sql()), Language.JAVA))
                    .append("));\n");
        }
        body.append("    }\n}\n");
        StringBuilder file = new StringBuilder("package ").append(packageName).append(";\n\n");
        imports.forEach(name -> file.append("import ").append(name).append(";\n"));
        return file.append('\n').append(body).toString();
    }

    static String writeEnum(String packageName, String className, List<String> labels) {
        return "package " + packageName + ";\n\n/** A database enum type. " + TableCodeGenerator.MARKER + " */\npublic enum "
                + className + " {\n" + labels.stream().map(label -> "    " + label).collect(Collectors.joining(",\n"))
                + "\n}\n";
    }

    private static String properties(List<String> properties) {
        return properties.stream().map(Names::java).collect(Collectors.joining(", "));
    }

    /** {@code Integer}, {@code @Nullable Integer}, {@code byte @Nullable []}, {@code List<@Nullable String>}. */
    private static String valueType(ColumnSpec column, Set<String> imports) {
        TypeSpec type = column.type();
        String nullable = column.nullable() ? "@Nullable " : "";
        if (column.nullable()) {
            imports.add("org.jspecify.annotations.Nullable");
        }
        if (type.kind() == ColumnKind.BINARY) {
            return "byte " + nullable + "[]";
        }
        if (type.kind() == ColumnKind.ARRAY) {
            imports.add("java.util.List");
            imports.add("org.jspecify.annotations.Nullable");
            return nullable + "List<@Nullable " + elementType(type.element(), imports) + ">";
        }
        return nullable + elementType(type, imports);
    }

    private static String elementType(TypeSpec type, Set<String> imports) {
        if (type.kind().isEnum()) {
            return ColumnCalls.enumClass(type, imports);
        }
        switch (type.kind()) {
            case DECIMAL -> imports.add("java.math.BigDecimal");
            case DATE -> imports.add("java.time.LocalDate");
            case DATETIME -> imports.add("java.time.LocalDateTime");
            case TIMESTAMP -> imports.add("java.time.Instant");
            case TIME -> imports.add("java.time.LocalTime");
            case UUID -> imports.add("java.util.UUID");
            default -> {
            }
        }
        return type.kind().javaType;
    }

    private static String column(ColumnSpec column, Set<String> imports) {
        TypeSpec type = column.type();
        String name = Names.literal(column.name(), Language.JAVA);
        StringBuilder out = new StringBuilder();
        switch (type.kind()) {
            case ARRAY -> {
                imports.add("dev.quarry.sql.SqlType");
                out.append("array(").append(name).append(", ").append(type.element().sqlTypeCode()).append(")");
            }
            case NATIVE_ENUM -> out.append("nativeEnum(").append(name).append(", ").append(ColumnCalls.enumClass(type, imports))
                    .append(".class, ").append(Names.literal(type.enumTypeName(), Language.JAVA)).append(")");
            case ENUM_BY_NAME, ENUM_BY_ORDINAL -> out.append(type.kind().javaFactory).append('(').append(name).append(", ")
                    .append(ColumnCalls.enumClass(type, imports)).append(".class)");
            default -> ColumnCalls.appendFactory(out, type.kind().javaFactory, name, type);
        }
        ColumnCalls.appendModifiers(out, column, Language.JAVA, JavaTableWriter::literal, imports);
        return out.toString();
    }

    private static String literal(Object value, TypeSpec type, Set<String> imports) {
        if (value instanceof String text) {
            return Names.literal(text, Language.JAVA);
        }
        if (value instanceof DefaultSpec.EnumConstant constant) {
            return type.enumSimpleName() + "." + constant.name();
        }
        if (value instanceof Long number) {
            return number + "L";
        }
        if (value instanceof Short number) {
            return "(short) " + number;
        }
        if (value instanceof BigDecimal decimal) {
            imports.add("java.math.BigDecimal");
            return "new BigDecimal(\"" + decimal.toPlainString() + "\")";
        }
        if (value instanceof Float number) {
            return number + "f";
        }
        return String.valueOf(value);
    }
}
