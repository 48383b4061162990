package dev.quarry.sql;

import java.util.Objects;

/**
 * {@code CONSTRAINT name CHECK (condition)}: the database rejects rows for which the condition is
 * false (NULL passes). The condition refers to columns of its own table only and holds no
 * subqueries; its values are written into the DDL as literals, so they are numbers, strings or
 * booleans. Immutable.
 *
 * @param name the constraint's name, unique within the database schema on MySQL and MariaDB
 * @param condition what every row satisfies
 */
public record CheckConstraint(String name, Condition condition) {
    public CheckConstraint {
        Identifiers.requireValid(name, "constraint name");
        Objects.requireNonNull(condition, "condition");
    }
}
