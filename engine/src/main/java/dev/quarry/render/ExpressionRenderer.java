package dev.quarry.render;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Expression;
import dev.quarry.sql.ExpressionVisitor;
import java.util.List;

/**
 * Writes expressions and conditions. Columns are always qualified by their table; compound
 * conditions nested in another operator are parenthesised.
 */
public final class ExpressionRenderer implements ExpressionVisitor<Void> {
    private final SqlWriter writer;

    public ExpressionRenderer(SqlWriter writer) {
        this.writer = writer;
    }

    public SqlWriter writer() {
        return writer;
    }

    public Dialect dialect() {
        return writer.dialect();
    }

    /** Writes an expression. */
    public void render(Expression<?> expression) {
        expression.accept(this);
    }

    /** Writes expressions separated by commas. */
    public void renderList(List<? extends Expression<?>> expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            render(expressions.get(i));
        }
    }

    @Override
    public Void visitColumn(Column<?> column) {
        writer.qualifiedIdentifier(column.table().tableName(), column.name());
        return null;
    }

    @Override
    public Void visitParam(Expression.Param<?> param) {
        writer.parameter(param.value(), param.type());
        return null;
    }

    @Override
    public Void visitAggregate(Expression.Aggregate<?> aggregate) {
        writer.function(aggregate.function().name());
        if (aggregate.argument() == null) {
            writer.keyword("*");
        } else {
            render(aggregate.argument());
        }
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitComparison(Condition.Comparison comparison) {
        operand(comparison.left());
        writer.keyword(comparison.operator().symbol());
        operand(comparison.right());
        return null;
    }

    @Override
    public Void visitLike(Condition.Like like) {
        operand(like.value());
        writer.keyword(Keywords.LIKE);
        operand(like.pattern());
        dialect().renderLikeEscape(writer);
        return null;
    }

    @Override
    public Void visitBetween(Condition.Between between) {
        operand(between.value());
        writer.keyword(Keywords.BETWEEN);
        operand(between.low());
        writer.keyword(Keywords.AND);
        operand(between.high());
        return null;
    }

    @Override
    public Void visitIn(Condition.In in) {
        operand(in.value());
        writer.keyword(Keywords.IN).openParen();
        renderList(in.candidates());
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitIsNull(Condition.IsNull isNull) {
        operand(isNull.value());
        writer.keyword(Keywords.IS_NULL);
        return null;
    }

    @Override
    public Void visitIsNotNull(Condition.IsNotNull isNotNull) {
        operand(isNotNull.value());
        writer.keyword(Keywords.IS_NOT_NULL);
        return null;
    }

    @Override
    public Void visitAnd(Condition.And and) {
        junction(and.operands(), Keywords.AND);
        return null;
    }

    @Override
    public Void visitOr(Condition.Or or) {
        junction(or.operands(), Keywords.OR);
        return null;
    }

    @Override
    public Void visitNot(Condition.Not not) {
        writer.keyword(Keywords.NOT).openParen();
        render(not.operand());
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitConstant(Condition.Constant constant) {
        // Written as a comparison because SQLite before 3.23 and some MySQL contexts lack TRUE/FALSE.
        writer.openParen().keyword("1").keyword("=").keyword(constant.value() ? "1" : "0").closeParen();
        return null;
    }

    private void junction(List<Condition> operands, String keyword) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                writer.keyword(keyword);
            }
            Condition operand = operands.get(i);
            if (operand instanceof Condition.And || operand instanceof Condition.Or) {
                parenthesised(operand);
            } else {
                render(operand);
            }
        }
    }

    private void parenthesised(Expression<?> expression) {
        writer.openParen();
        render(expression);
        writer.closeParen();
    }

    /** An operand of another operator: conditions other than NOT and constants get parentheses. */
    private void operand(Expression<?> expression) {
        boolean parenthesise = expression instanceof Condition
                && !(expression instanceof Condition.Not)
                && !(expression instanceof Condition.Constant);
        if (parenthesise) {
            parenthesised(expression);
        } else {
            render(expression);
        }
    }
}
