package dev.quarry.render;

import dev.quarry.InvalidQueryException;
import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import dev.quarry.sql.Update;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Writes INSERT (one row, many rows, from a query, upserts), UPDATE and DELETE, with RETURNING. */
final class WriteRenderer {
    private final SqlWriter writer;
    private final QueryRenderer queries;
    private final ExpressionRenderer expressions;

    WriteRenderer(SqlWriter writer, QueryRenderer queries) {
        this.writer = writer;
        this.queries = queries;
        this.expressions = queries.expressions();
    }

    void insert(Insert insert) {
        insert.requireComplete();
        if (dialect().withClausePrecedesInsert()) {
            queries.withScope(() -> insertBody(insert, false));
        } else {
            insertBody(insert, true);
        }
    }

    void update(Update update) {
        if (update.assignments().isEmpty()) {
            throw new InvalidQueryException("UPDATE " + update.table() + " sets no column");
        }
        Set<Cte> used = queries.withScope(() -> {
            writer.keyword(Keywords.UPDATE).identifier(update.table().tableName()).keyword(Keywords.SET);
            AssignmentList.render(expressions, update.assignments());
            where(update.where());
            returning(update.table(), update.returning(), dialect().supportsUpdateReturning(), "UPDATE … RETURNING");
        });
        requireWithSupport(used, "UPDATE");
    }

    void delete(Delete delete) {
        Set<Cte> used = queries.withScope(() -> {
            writer.keyword(Keywords.DELETE_FROM).identifier(delete.from().tableName());
            where(delete.where());
            returning(delete.from(), delete.returning(), dialect().supportsDeleteReturning(), "DELETE … RETURNING");
        });
        requireWithSupport(used, "DELETE");
    }

    /**
     * The INSERT; with {@code withBeforeSource} the WITH clause of the CTEs it reads is written
     * after the column list, where MySQL and MariaDB want it.
     */
    private void insertBody(Insert insert, boolean withBeforeSource) {
        writer.keyword(Keywords.INSERT_INTO).identifier(insert.into().tableName());
        Query source = insert.source();
        if (source == null && insert.valueColumns().isEmpty()) {
            if (insert.rows().size() > 1) {
                throw new InvalidQueryException("INSERT INTO " + insert.into() + " of several rows must set columns");
            }
            dialect().renderDefaultValues(writer);
        } else {
            writer.openParen();
            writer.columnNames(insert.valueColumns());
            writer.closeParen();
            Runnable rest = () -> {
                if (source != null) {
                    source(insert, upsertSafe(source, insert));
                } else {
                    values(insert);
                }
                tail(insert);
            };
            if (withBeforeSource) {
                queries.withScope(rest);
            } else {
                rest.run();
            }
            return;
        }
        tail(insert);
    }

    /**
     * The query an INSERT copies rows from; when it fills a sensitive column, all of its binds
     * are marked sensitive, since which of them end up in that column is the query's business.
     */
    private void source(Insert insert, Query source) {
        boolean sensitive = insert.valueColumns().stream().anyMatch(Column::isSensitive);
        if (!sensitive) {
            queries.renderQuery(source);
            return;
        }
        writer.openScope();
        writer.sensitiveValue();
        queries.renderQuery(source);
        writer.closeScope();
    }

    private void values(Insert insert) {
        writer.keyword(Keywords.VALUES);
        for (int row = 0; row < insert.rows().size(); row++) {
            if (row > 0) {
                writer.comma();
            }
            writer.openParen();
            List<Column<?>> columns = insert.valueColumns();
            List<Expression<?>> values = insert.valuesOf(row);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    writer.comma();
                }
                expressions.renderValueFor(columns.get(i), values.get(i));
            }
            writer.closeParen();
        }
    }

    private void tail(Insert insert) {
        if (insert.onConflict() != null) {
            dialect().renderUpsert(expressions, insert);
        }
        returning(insert.into(), insert.returning(), dialect().supportsInsertReturning(), "INSERT … RETURNING");
    }

    /** SQLite parses {@code INSERT … SELECT … ON CONFLICT} only when the SELECT has a WHERE. */
    private static Query upsertSafe(Query source, Insert insert) {
        return insert.onConflict() != null && source instanceof Select select && select.where() == null
                ? select.where(Condition.TRUE)
                : source;
    }

    private void returning(Table table, List<Expression<?>> returned, boolean supported, String feature) {
        if (returned.isEmpty()) {
            return;
        }
        if (!supported) {
            throw new UnsupportedFeatureException(feature, dialect().name(),
                    "select the rows in the same transaction instead");
        }
        writer.keyword(Keywords.RETURNING);
        expressions.unqualified(table);
        try {
            expressions.renderList(returned);
        } finally {
            expressions.unqualified(null);
        }
    }

    private void where(@Nullable Condition condition) {
        if (condition != null) {
            writer.keyword(Keywords.WHERE);
            expressions.render(condition);
        }
    }

    private void requireWithSupport(Set<Cte> used, String statement) {
        if (!used.isEmpty() && !dialect().supportsWithInUpdateAndDelete()) {
            throw new UnsupportedFeatureException("WITH in " + statement, dialect().name(),
                    "read " + used.iterator().next() + " through a subquery of its query instead");
        }
    }

    private Dialect dialect() {
        return writer.dialect();
    }
}
