package dev.quarry.dialect.sqlite;

import dev.quarry.dialect.CodePointRules;

/**
 * Code-point text on SQLite: {@code COLLATE "BINARY"} on the compared value (the left operand, the
 * value of BETWEEN and IN, which is where SQLite takes the collation of a comparison from), on
 * ORDER BY and GROUP BY keys, DISTINCT values and the argument of MIN and MAX. An index on a
 * BINARY column, as Quarry creates them, still serves all of them. Stateless.
 */
final class SqliteCodePointRules extends CodePointRules {
    static final SqliteCodePointRules INSTANCE = new SqliteCodePointRules();

    private SqliteCodePointRules() {
    }
}
