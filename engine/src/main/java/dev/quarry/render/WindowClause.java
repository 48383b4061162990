package dev.quarry.render;

import dev.quarry.sql.Expression;
import dev.quarry.sql.Window;
import java.util.List;

/**
 * Writes the inside of {@code OVER (…)}: PARTITION BY (text in the text rules' equality form),
 * ORDER BY and the frame. Stateless.
 */
final class WindowClause {
    private WindowClause() {
    }

    static void render(ExpressionRenderer renderer, Window window) {
        SqlWriter writer = renderer.writer();
        if (!window.partitionBy().isEmpty()) {
            writer.keyword("PARTITION BY");
            List<Expression<?>> keys = window.partitionBy();
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) {
                    writer.comma();
                }
                renderer.render(renderer.textRules().equalityKey(keys.get(i)));
            }
        }
        if (!window.orderBy().isEmpty()) {
            writer.keyword(Keywords.ORDER_BY);
            renderer.sortKeys().render(window.orderBy());
        }
        Window.Frame frame = window.frame();
        if (frame != null) {
            writer.keyword(frame.unit().name()).keyword(Keywords.BETWEEN);
            bound(writer, frame.start());
            writer.keyword(Keywords.AND);
            bound(writer, frame.end());
        }
    }

    private static void bound(SqlWriter writer, Window.Frame.Bound bound) {
        switch (bound.kind()) {
            case UNBOUNDED_PRECEDING -> writer.keyword("UNBOUNDED PRECEDING");
            case PRECEDING -> writer.keyword(Long.toString(bound.offset())).keyword("PRECEDING");
            case CURRENT_ROW -> writer.keyword("CURRENT ROW");
            case FOLLOWING -> writer.keyword(Long.toString(bound.offset())).keyword("FOLLOWING");
            case UNBOUNDED_FOLLOWING -> writer.keyword("UNBOUNDED FOLLOWING");
        }
    }
}
