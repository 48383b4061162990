package dev.quarry.render;

import dev.quarry.schema.ColumnDefinition;
import java.util.Objects;

/**
 * The {@code ALTER COLUMN} clauses of one ALTER TABLE that turn a column into its new definition
 * on dialects that alter type, nullability, default and generation separately (PostgreSQL).
 * Not thread-safe: one per statement.
 */
final class AlterClauses {
    private final SqlWriter writer;
    private final ColumnDefinition from;
    private final ColumnDefinition to;
    private boolean first = true;

    AlterClauses(SqlWriter writer, ColumnDefinition from, ColumnDefinition to) {
        this.writer = writer;
        this.from = from;
        this.to = to;
    }

    void write() {
        if (from.autoIncrement() && !to.autoIncrement()) {
            clause().keyword("DROP IDENTITY");
        }
        if (!from.type().equals(to.type()) || !Objects.equals(from.collation(), to.collation())) {
            clause().keyword("TYPE").keyword(to.type());
            if (to.collation() != null) {
                writer.keyword("COLLATE").identifier(to.collation());
            }
            writer.keyword("USING").identifier(to.name()).keyword("::" + to.type());
        }
        if (from.nullable() != to.nullable()) {
            clause().keyword(to.nullable() ? "DROP NOT NULL" : "SET NOT NULL");
        }
        if (!Objects.equals(from.defaultSql(), to.defaultSql())) {
            if (to.defaultSql() == null) {
                clause().keyword("DROP DEFAULT");
            } else {
                clause().keyword("SET DEFAULT").keyword(to.defaultSql());
            }
        }
        if (!from.autoIncrement() && to.autoIncrement()) {
            clause().keyword("ADD");
            writer.dialect().renderAutoIncrement(writer);
        }
    }

    /** Starts the next clause: {@code ALTER COLUMN "c"}, after a comma from the second on. */
    private SqlWriter clause() {
        if (!first) {
            writer.comma();
        }
        first = false;
        return writer.keyword("ALTER COLUMN").identifier(to.name());
    }
}
