package dev.quarry.render;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.InvalidQueryException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Count;
import dev.quarry.sql.Delete;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Order;
import dev.quarry.sql.Select;
import dev.quarry.sql.Update;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes SELECT, COUNT, INSERT, UPDATE and DELETE. */
final class DmlRenderer {
    private static final String COUNTED_ALIAS = "counted";

    private final SqlWriter writer;
    private final ExpressionRenderer expressions;

    DmlRenderer(SqlWriter writer) {
        this.writer = writer;
        this.expressions = new ExpressionRenderer(writer);
    }

    void select(Select select) {
        writer.keyword(Keywords.SELECT);
        expressions.renderList(select.projection());
        writer.keyword(Keywords.FROM).identifier(select.from().tableName());
        where(select.where());
        orderBy(select.orderBy());
        if (select.limit() != null || select.offset() != null) {
            dialect().renderLimitOffset(writer, select.limit(), select.offset());
        }
    }

    void count(Count count) {
        Select source = count.source();
        writer.keyword(Keywords.SELECT).keyword(Keywords.COUNT_ALL).keyword(Keywords.FROM);
        if (source.limit() == null && source.offset() == null) {
            writer.identifier(source.from().tableName());
            where(source.where());
        } else {
            writer.openParen();
            select(source);
            writer.closeParen().keyword(Keywords.AS).identifier(COUNTED_ALIAS);
        }
    }

    void insert(Insert insert) {
        insert.requireComplete();
        writer.keyword(Keywords.INSERT_INTO).identifier(insert.into().tableName());
        List<Assignment<?>> values = insert.values();
        if (values.isEmpty()) {
            dialect().renderDefaultValues(writer);
        } else {
            writer.openParen();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    writer.comma();
                }
                writer.identifier(values.get(i).column().name());
            }
            writer.closeParen().keyword(Keywords.VALUES).openParen();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    writer.comma();
                }
                expressions.render(values.get(i).value());
            }
            writer.closeParen();
        }
        returning(insert.returning(), "INSERT … RETURNING");
    }

    void update(Update update) {
        List<Assignment<?>> assignments = update.assignments();
        if (assignments.isEmpty()) {
            throw new InvalidQueryException("UPDATE " + update.table() + " sets no column");
        }
        writer.keyword(Keywords.UPDATE).identifier(update.table().tableName()).keyword(Keywords.SET);
        for (int i = 0; i < assignments.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            writer.identifier(assignments.get(i).column().name()).keyword("=");
            expressions.render(assignments.get(i).value());
        }
        where(update.where());
    }

    void delete(Delete delete) {
        writer.keyword(Keywords.DELETE_FROM).identifier(delete.from().tableName());
        where(delete.where());
    }

    private void where(@Nullable Condition condition) {
        if (condition != null) {
            writer.keyword(Keywords.WHERE);
            expressions.render(condition);
        }
    }

    private void orderBy(List<Order> keys) {
        if (keys.isEmpty()) {
            return;
        }
        writer.keyword(Keywords.ORDER_BY);
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            orderKey(keys.get(i));
        }
    }

    /**
     * One sort key with NULL placement made explicit where the dialect's own placement differs
     * from the one asked for: the NULLS FIRST/LAST syntax where the dialect has it, otherwise a
     * leading {@code expr IS NULL} key.
     */
    private void orderKey(Order key) {
        Expression<?> expression = key.expression();
        boolean ascending = key.direction() == Order.Direction.ASC;
        boolean nativeNullsFirst = ascending == dialect().nullsSortAsSmallest();
        boolean wantedNullsFirst = key.nullsComeFirst();
        boolean mayBeNull = !(expression instanceof Column<?> column) || column.isNullable();
        boolean adjust = mayBeNull && nativeNullsFirst != wantedNullsFirst;
        if (adjust && !dialect().supportsNullsOrdering()) {
            expressions.render(new Condition.IsNull(expression));
            writer.keyword(wantedNullsFirst ? Keywords.DESC : Keywords.ASC).comma();
        }
        expressions.render(expression);
        writer.keyword(ascending ? Keywords.ASC : Keywords.DESC);
        if (adjust && dialect().supportsNullsOrdering()) {
            writer.keyword(wantedNullsFirst ? Keywords.NULLS_FIRST : Keywords.NULLS_LAST);
        }
    }

    private void returning(List<Column<?>> columns, String feature) {
        if (columns.isEmpty()) {
            return;
        }
        if (!dialect().supportsReturning()) {
            throw new UnsupportedFeatureException(feature, dialect().name(),
                    "read generated keys through the driver instead");
        }
        writer.keyword(Keywords.RETURNING);
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            writer.identifier(columns.get(i).name());
        }
    }

    private Dialect dialect() {
        return writer.dialect();
    }
}
