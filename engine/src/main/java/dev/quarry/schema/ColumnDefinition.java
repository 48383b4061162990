package dev.quarry.schema;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column as DDL describes it, by name and SQL text: what a table object declares, rendered for
 * one dialect, or what a live database reports. Immutable.
 *
 * @param name the column's name, unquoted
 * @param type the type as the dialect writes it: {@code VARCHAR(64)}, {@code BIGINT}
 * @param collation the column's own collation, or null for the table's default
 * @param nullable whether the column accepts NULL
 * @param defaultSql the SQL text after {@code DEFAULT}, or null for none
 * @param autoIncrement whether the database generates the column's values
 * @param characterLimit the declared maximum length in characters of a string column, 0 for none;
 *     dialects that do not enforce lengths get a CHECK for it
 */
public record ColumnDefinition(String name, String type, @Nullable String collation, boolean nullable,
        @Nullable String defaultSql, boolean autoIncrement, int characterLimit) {

    public ColumnDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (characterLimit < 0) {
            throw new IllegalArgumentException("characterLimit of " + name + " must not be negative");
        }
    }

    /** This column under another name. */
    public ColumnDefinition withName(String newName) {
        return new ColumnDefinition(newName, type, collation, nullable, defaultSql, autoIncrement, characterLimit);
    }
}
