package dev.quarry.dialect.sqlite;

import dev.quarry.dialect.StandardTypeNames;
import dev.quarry.sql.JsonType;
import dev.quarry.sql.TimeType;
import dev.quarry.sql.UuidType;

/** SQLite's DDL names where they differ from the standard ones; each name also sets the column's affinity. */
final class SqliteTypeNames extends StandardTypeNames {
    SqliteTypeNames(String dialectName) {
        super(dialectName);
    }

    /** Canonical lower-case text: readable in the sqlite3 shell, and its order is the bytes' order. */
    @Override
    public String visitUuid(UuidType type) {
        return "TEXT";
    }

    /** Fixed-width {@code HH:mm:ss.SSSSSS} text, which sorts like the times. */
    @Override
    public String visitTime(TimeType type) {
        return "TEXT";
    }

    @Override
    public String visitJson(JsonType type) {
        return "TEXT";
    }
}
