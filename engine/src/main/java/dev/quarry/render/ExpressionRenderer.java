package dev.quarry.render;

import dev.quarry.dialect.DecimalStorage;
import dev.quarry.dialect.Dialect;
import dev.quarry.dialect.TextRules;
import dev.quarry.sql.Analytic;
import dev.quarry.sql.ArithmeticOperator;
import dev.quarry.sql.Column;
import dev.quarry.sql.ComparisonOperator;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.DateExpression;
import dev.quarry.sql.DecimalType;
import dev.quarry.sql.Expression;
import dev.quarry.sql.ExpressionVisitor;
import dev.quarry.sql.SqlTemplate;
import dev.quarry.sql.Order;
import dev.quarry.sql.SqlType;
import dev.quarry.sql.Table;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes expressions and conditions for one rendering. Columns are qualified by their table or
 * alias; operands that are themselves operations are parenthesised; text in comparisons is
 * written as the dialect's {@link TextRules} say. Dialect hooks receive this renderer to write the
 * parts they rearrange. Not thread-safe: one per rendering.
 */
public sealed class ExpressionRenderer implements ExpressionVisitor<Void> permits DdlExpressionRenderer {
    private final SqlWriter writer;
    private final QueryRenderer queries;
    private final SortKeys sortKeys = new SortKeys(this);
    private final AnalyticCalls analytics = new AnalyticCalls(this);
    private final TextRules text;
    private @Nullable Table unqualified;

    ExpressionRenderer(SqlWriter writer, QueryRenderer queries, TextRules text) {
        this.writer = writer;
        this.queries = queries;
        this.text = text;
    }

    public SqlWriter writer() {
        return writer;
    }

    public Dialect dialect() {
        return writer.dialect();
    }

    /**
     * Writes an expression. Each expression is a value scope of the writer (AND and OR are
     * barriers), so binds written next to a sensitive column are marked sensitive.
     */
    public void render(Expression<?> expression) {
        if (expression instanceof Condition.And || expression instanceof Condition.Or) {
            writer.openBarrier();
            expression.accept(this);
            writer.closeBarrier();
        } else {
            writer.openScope();
            expression.accept(this);
            writer.closeScope();
        }
    }

    /**
     * Writes the value written to a column (an INSERT value, an assignment), its binds marked
     * sensitive if the column is.
     */
    public void renderValueFor(Column<?> column, Expression<?> value) {
        writer.openScope();
        if (column.isSensitive()) {
            writer.sensitiveValue();
        }
        value.accept(this);
        writer.closeScope();
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

    /** Writes an operand of an operator, in parentheses if it is an operation itself. */
    public void renderOperand(Expression<?> expression) {
        Expression<?> target = expression instanceof Expression.Aliased<?> aliased ? aliased.expression() : expression;
        boolean parenthesise = target instanceof Condition
                || target instanceof Computed.Arithmetic<?>
                || target instanceof Computed.Negate<?>
                || target instanceof Computed.Concat
                || target instanceof Computed.Template<?>;
        if (parenthesise) {
            writer.openParen();
            render(target);
            writer.closeParen();
        } else {
            render(target);
        }
    }

    /** Writes {@code a op b op c}. */
    public void renderInfix(List<? extends Expression<?>> operands, String operator) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                writer.keyword(operator);
            }
            renderOperand(operands.get(i));
        }
    }

    /** Writes {@code left operator right}. */
    public void renderArithmetic(Expression<?> left, String operator, Expression<?> right) {
        renderOperand(left);
        writer.keyword(operator);
        renderOperand(right);
    }

    /** Writes {@code name(arguments…)}. */
    public void renderCall(String name, List<? extends Expression<?>> arguments) {
        writer.function(name);
        renderList(arguments);
        writer.closeParen();
    }

    /**
     * Writes the ORDER BY keys inside an aggregate call, separated by commas, with NULL placement
     * made explicit where the dialect's own differs; keys never refer to the select list there.
     */
    public void renderAggregateOrder(List<Order> keys) {
        sortKeys.renderInsideCall(keys);
    }

    /** Where text gets the collation of the dialect's text semantics in this rendering. */
    TextRules textRules() {
        return text;
    }

    /** The writer of this rendering's ORDER BY keys. */
    SortKeys sortKeys() {
        return sortKeys;
    }

    /**
     * A renderer for an expression of DDL (a CHECK condition, a DEFAULT) written to the same
     * writer: see {@link DdlExpressionRenderer}.
     *
     * @param own the table whose columns the expression may use, or null for none
     */
    ExpressionRenderer forDdl(String context, @Nullable Table own) {
        return new DdlExpressionRenderer(writer, queries, context, own);
    }

    /** Writes columns of this table without qualification (in RETURNING), or all qualified for null. */
    void unqualified(@Nullable Table table) {
        unqualified = table;
    }

    @Override
    public Void visitColumn(Column<?> column) {
        if (column.isSensitive()) {
            writer.sensitiveValue();
        }
        if (column.table() == unqualified) {
            writer.identifier(column.name());
        } else {
            writer.qualifiedIdentifier(column.table().referenceName(), column.name());
        }
        return null;
    }

    @Override
    public Void visitParam(Expression.Param<?> param) {
        writer.parameter(param.value(), param.type());
        return null;
    }

    @Override
    public Void visitLiteral(Expression.Literal<?> literal) {
        Object value = literal.value();
        if (value instanceof String text) {
            if (!dialect().renderStringLiteral(writer, text)) {
                writer.parameter(text, literal.type());
            }
        } else if (value instanceof Boolean bool) {
            dialect().renderBooleanLiteral(writer, bool);
        } else if (value instanceof BigDecimal decimal) {
            writer.keyword(decimal.toPlainString());
        } else {
            writer.keyword(value.toString());
        }
        return null;
    }

    @Override
    public Void visitCast(Expression.Cast<?> cast) {
        dialect().renderCast(this, cast);
        return null;
    }

    @Override
    public Void visitScalarSubquery(Expression.ScalarSubquery<?> subquery) {
        writer.openParen();
        queries.renderQuery(subquery.query());
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitExcluded(Expression.Excluded<?> excluded) {
        dialect().renderExcluded(writer, excluded.column());
        return null;
    }

    /** Outside a select list an aliased expression is written as the expression itself. */
    @Override
    public Void visitAliased(Expression.Aliased<?> aliased) {
        render(aliased.expression());
        return null;
    }

    @Override
    public Void visitArithmetic(Computed.Arithmetic<?> arithmetic) {
        BigDecimal constant = DecimalConstants.valueOf(arithmetic);
        if (constant != null) {
            writer.parameter(constant, arithmetic.sqlType());
            return null;
        }
        roundedOnFloatStorage(arithmetic.sqlType(), () -> {
            if (arithmetic.operator() == ArithmeticOperator.DIVIDE && arithmetic.isIntegerOperation()) {
                dialect().renderIntegerDivision(this, arithmetic);
            } else {
                renderArithmetic(arithmetic.left(), arithmetic.operator().symbol(), arithmetic.right());
            }
        });
        return null;
    }

    @Override
    public Void visitNegate(Computed.Negate<?> negate) {
        writer.prefix("-");
        renderOperand(negate.operand());
        return null;
    }

    @Override
    public Void visitConcat(Computed.Concat concat) {
        dialect().renderConcat(this, concat);
        return null;
    }

    @Override
    public Void visitFunctionCall(Computed.FunctionCall<?> call) {
        dialect().renderFunctionCall(this, call);
        return null;
    }

    @Override
    public Void visitCase(Computed.Case<?> caseExpression) {
        writer.keyword("CASE");
        for (Computed.When<?> branch : caseExpression.branches()) {
            writer.keyword("WHEN");
            render(branch.condition());
            writer.keyword("THEN");
            render(branch.result());
        }
        if (caseExpression.otherwise() != null) {
            writer.keyword("ELSE");
            render(caseExpression.otherwise());
        }
        writer.keyword("END");
        return null;
    }

    @Override
    public Void visitDatePart(DateExpression.Part part) {
        dialect().dates().part(this, part);
        return null;
    }

    @Override
    public Void visitDateTrunc(DateExpression.Truncate<?> truncate) {
        dialect().dates().truncate(this, truncate);
        return null;
    }

    @Override
    public Void visitDateShift(DateExpression.Shift<?> shift) {
        dialect().dates().shift(this, shift);
        return null;
    }

    @Override
    public Void visitDateDifference(DateExpression.Difference<?> difference) {
        dialect().dates().difference(this, difference);
        return null;
    }

    @Override
    public Void visitAggregate(Analytic.Aggregate<?> aggregate) {
        analytics.aggregate(aggregate);
        return null;
    }

    @Override
    public Void visitStringAgg(Analytic.StringAgg stringAgg) {
        dialect().renderStringAgg(this, stringAgg);
        return null;
    }

    @Override
    public Void visitWindowCall(Analytic.WindowCall<?> call) {
        analytics.windowCall(call);
        return null;
    }

    @Override
    public Void visitOver(Analytic.Over<?> over) {
        dialect().renderOver(this, over);
        return null;
    }

    /** Writes {@code function OVER (window)} as standard SQL. */
    public void renderOver(Analytic.Over<?> over) {
        analytics.over(over);
    }

    @Override
    public Void visitComparison(Condition.Comparison comparison) {
        Condition.Comparison compared = text.comparison(comparison);
        renderOperand(compared.left());
        writer.keyword(compared.operator().symbol());
        renderOperand(compared.right());
        return null;
    }

    @Override
    public Void visitLike(Condition.Like like) {
        renderOperand(like.value());
        writer.keyword(Keywords.LIKE);
        dialect().renderTextPattern(this, like.pattern());
        dialect().renderLikeEscape(writer);
        return null;
    }

    @Override
    public Void visitMatches(Condition.Matches matches) {
        dialect().renderRegexMatch(this, matches);
        return null;
    }

    @Override
    public Void visitContains(Condition.Contains contains) {
        dialect().renderContains(this, contains);
        return null;
    }

    @Override
    public Void visitBetween(Condition.Between condition) {
        Condition.Between between = text.between(condition);
        renderOperand(between.value());
        writer.keyword(Keywords.BETWEEN);
        renderOperand(between.low());
        writer.keyword(Keywords.AND);
        renderOperand(between.high());
        return null;
    }

    @Override
    public Void visitIn(Condition.In condition) {
        Condition.In in = text.in(condition);
        renderOperand(in.value());
        writer.keyword(Keywords.IN).openParen();
        renderList(in.candidates());
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitInQuery(Condition.InQuery condition) {
        Condition.InQuery in = text.inQuery(condition);
        renderOperand(in.value());
        writer.keyword(Keywords.IN).openParen();
        queries.renderQuery(in.query());
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitExists(Condition.Exists exists) {
        writer.keyword("EXISTS").openParen();
        queries.renderQuery(exists.query());
        writer.closeParen();
        return null;
    }

    @Override
    public Void visitIsNotDistinctFrom(Condition.IsNotDistinctFrom condition) {
        nullSafeEquality(condition.left(), condition.right(), true);
        return null;
    }

    @Override
    public Void visitIsDistinctFrom(Condition.IsDistinctFrom condition) {
        nullSafeEquality(condition.left(), condition.right(), false);
        return null;
    }

    /** Null-safe (in)equality, its text operands changed as for {@code =}. */
    private void nullSafeEquality(Expression<?> left, Expression<?> right, boolean equal) {
        Condition.Comparison compared = text.comparison(new Condition.Comparison(left, ComparisonOperator.EQ, right));
        dialect().renderNullSafeEquality(this, compared.left(), compared.right(), equal);
    }

    @Override
    public Void visitIsNull(Condition.IsNull isNull) {
        renderOperand(isNull.value());
        writer.keyword(Keywords.IS_NULL);
        return null;
    }

    @Override
    public Void visitIsNotNull(Condition.IsNotNull isNotNull) {
        renderOperand(isNotNull.value());
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
        // A comparison rather than TRUE/FALSE: it is a boolean in every dialect and every position.
        writer.openParen().keyword("1").keyword("=").keyword(constant.value() ? "1" : "0").closeParen();
        return null;
    }

    @Override
    public Void visitTemplate(Computed.Template<?> template) {
        renderTemplate(template.template());
        return null;
    }

    @Override
    public Void visitCollate(Computed.Collate collate) {
        dialect().renderCollate(this, collate);
        return null;
    }

    @Override
    public Void visitConditionTemplate(Condition.Template template) {
        renderTemplate(template.template());
        return null;
    }

    /** Writes a template's text with each placeholder's expression in its place, compound ones in parentheses. */
    private void renderTemplate(SqlTemplate template) {
        List<String> fragments = template.fragments();
        writer.verbatim(fragments.get(0), false);
        for (int i = 0; i < template.placeholders().size(); i++) {
            renderOperand(template.argumentAt(i));
            writer.verbatim(fragments.get(i + 1), true);
        }
        writer.endVerbatim();
    }

    private void junction(List<Condition> operands, String keyword) {
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                writer.keyword(keyword);
            }
            Condition operand = operands.get(i);
            if (operand instanceof Condition.And || operand instanceof Condition.Or) {
                writer.openParen();
                render(operand);
                writer.closeParen();
            } else {
                render(operand);
            }
        }
    }

    /**
     * Where decimals are stored as floating point, a decimal result is rounded to its scale, so
     * that sums and products compare and rank as exact decimals would.
     */
    void roundedOnFloatStorage(SqlType<?> type, Runnable body) {
        if (dialect().decimalStorage() == DecimalStorage.DOUBLE && type instanceof DecimalType decimal) {
            writer.function("ROUND");
            body.run();
            writer.comma().keyword(Integer.toString(decimal.scale())).closeParen();
        } else {
            body.run();
        }
    }
}
