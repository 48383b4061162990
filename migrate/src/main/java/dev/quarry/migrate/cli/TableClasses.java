package dev.quarry.migrate.cli;

import dev.quarry.migrate.TableSet;
import dev.quarry.sql.Table;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the table objects that classes named on the command line declare: a {@link TableSet}
 * (created with its no-argument constructor, or its Kotlin {@code object} instance), a table class
 * (its Kotlin {@code object} instance, a static field holding its instance, or a new instance), or
 * any other class whose public static fields hold tables. Stateless.
 */
final class TableClasses {
    private TableClasses() {
    }

    /** The tables of the named classes, each once, in the order found. */
    static List<Table> load(String command, List<String> classNames, ClassLoader loader) {
        Set<Table> tables = new LinkedHashSet<>();
        for (String name : classNames) {
            Class<?> type;
            try {
                type = Class.forName(name, true, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new UsageException(command, "--tables " + name + ": no such class on the class path (" + e + ")");
            }
            tables.addAll(tablesOf(command, type));
        }
        return new ArrayList<>(tables);
    }

    private static List<? extends Table> tablesOf(String command, Class<?> type) {
        if (TableSet.class.isAssignableFrom(type)) {
            return ((TableSet) instance(command, type)).tables();
        }
        if (Table.class.isAssignableFrom(type)) {
            return List.of((Table) instance(command, type));
        }
        List<Table> found = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Table.class.isAssignableFrom(field.getType())) {
                found.add((Table) read(command, field));
            }
        }
        if (found.isEmpty()) {
            throw new UsageException(command, "--tables " + type.getName() + " is neither a TableSet nor a Table and has no"
                    + " public static field holding a table");
        }
        return found;
    }

    /** The Kotlin object instance, a static field holding an instance, or a new instance. */
    private static Object instance(String command, Class<?> type) {
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                field.setAccessible(true);
                return read(command, field);
            }
        }
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new UsageException(command, "--tables " + type.getName() + ": cannot get an instance; give it a no-argument"
                    + " constructor or a static field holding its instance (" + e + ")");
        }
    }

    private static Object read(String command, Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new UsageException(command, "--tables: cannot read " + field + " (" + e.getMessage() + ")");
        }
    }
}
