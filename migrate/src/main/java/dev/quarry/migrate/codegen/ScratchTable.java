package dev.quarry.migrate.codegen;

import dev.quarry.sql.Column;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import org.jspecify.annotations.Nullable;

/**
 * A throw-away table holding one column declared as generated code would declare it, so that its
 * definition can be compared with the live column before any code is written. One per column.
 */
final class ScratchTable extends Table {
    ScratchTable() {
        super("scratch");
    }

    <T extends @Nullable Object> Column<T> declare(String name, SqlType<T> type) {
        return column(name, type);
    }
}
