package dev.quarry.sql;

import dev.quarry.dialect.Dialect;
import dev.quarry.render.RenderedSql;
import org.jspecify.annotations.Nullable;

/**
 * A complete SQL statement as an immutable tree. Rendering it for a dialect gives the SQL text and
 * its bind values; nothing here opens a connection.
 */
public sealed interface Statement permits Query, Count, Insert, Update, Delete, CreateTable, CreateIndex, DropTable {

    <R extends @Nullable Object> R accept(StatementVisitor<R> visitor);

    /**
     * The SQL and binds of this statement for a dialect.
     *
     * @throws dev.quarry.UnsupportedFeatureException if the dialect cannot express the statement
     * @throws dev.quarry.InvalidQueryException if the statement is incomplete
     */
    default RenderedSql toSql(Dialect dialect) {
        return dialect.render(this);
    }
}
