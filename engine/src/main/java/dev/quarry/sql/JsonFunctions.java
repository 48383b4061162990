package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reading into JSON documents ({@link SqlType#JSON} columns and JSON columns of mapped types):
 * {@code JsonFunctions.text(SETTINGS, "theme")} and {@code JsonFunctions.contains(SETTINGS,
 * "{\"beta\": true}")}. Stateless.
 */
public final class JsonFunctions {
    private JsonFunctions() {
    }

    /**
     * The scalar at a path of object keys, as text: strings unquoted, numbers and booleans in their
     * JSON spelling ({@code 42}, {@code true}), NULL where the path leads nowhere or to JSON null.
     * Meant for scalars: objects and arrays are spelled differently by each dialect.
     */
    public static Expression<@Nullable String> text(Expression<?> document, String... keys) {
        requireJson(document, "JSON path");
        if (keys.length == 0) {
            throw new IllegalArgumentException("a JSON path needs at least one key");
        }
        List<Expression<?>> arguments = new ArrayList<>(keys.length + 1);
        arguments.add(document);
        for (String key : keys) {
            arguments.add(new Expression.Param<>(Objects.requireNonNull(key, "key"), SqlType.TEXT));
        }
        return new Computed.FunctionCall<>(SqlFunction.JSON_TEXT, arguments, SqlType.TEXT);
    }

    /**
     * The document contains a fragment: every key of an object fragment with a contained value,
     * every element of an array fragment. PostgreSQL ({@code @>}) and MySQL/MariaDB
     * ({@code JSON_CONTAINS}); a clear error on SQLite.
     *
     * @param fragmentJson the fragment as JSON text, e.g. {@code {"beta": true}}
     */
    public static Condition contains(Expression<?> document, String fragmentJson) {
        requireJson(document, "JSON containment");
        return new Condition.Contains(document, new Expression.Param<>(Objects.requireNonNull(fragmentJson, "fragment"),
                SqlType.JSON));
    }

    private static void requireJson(Expression<?> document, String operation) {
        if (document.sqlType().category() != SqlType.Category.JSON) {
            throw new IllegalArgumentException(operation + " needs a JSON expression, but " + document + " is "
                    + document.sqlType());
        }
    }
}
