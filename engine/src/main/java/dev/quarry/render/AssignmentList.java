package dev.quarry.render;

import dev.quarry.dialect.DecimalStorage;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.DecimalType;
import dev.quarry.sql.Expression;
import java.util.List;

/**
 * Writes the {@code "column" = value, …} list of an UPDATE or an upsert. Where decimals are
 * floats, a computed value with more decimal places than its decimal column is rounded to the
 * column's scale, as the other dialects store it. Stateless.
 */
public final class AssignmentList {
    private AssignmentList() {
    }

    public static void render(ExpressionRenderer renderer, List<Assignment<?>> assignments) {
        SqlWriter writer = renderer.writer();
        for (int i = 0; i < assignments.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            Assignment<?> assignment = assignments.get(i);
            writer.identifier(assignment.column().name()).keyword("=");
            if (renderer.dialect().decimalStorage() == DecimalStorage.DOUBLE
                    && assignment.column().sqlType() instanceof DecimalType target
                    && !(assignment.value() instanceof Expression.Param<?>)
                    && !(assignment.value().sqlType() instanceof DecimalType source && source.scale() <= target.scale())) {
                writer.function("ROUND");
                renderer.renderValueFor(assignment.column(), assignment.value());
                writer.comma().keyword(Integer.toString(target.scale())).closeParen();
            } else {
                renderer.renderValueFor(assignment.column(), assignment.value());
            }
        }
    }
}
