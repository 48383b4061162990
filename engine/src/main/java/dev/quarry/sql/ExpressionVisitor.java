package dev.quarry.sql;

import org.jspecify.annotations.Nullable;

/**
 * One method per expression node. Renderers implement it, so adding a node breaks every renderer
 * at compile time until the node is handled.
 */
public interface ExpressionVisitor<R extends @Nullable Object> {
    R visitColumn(Column<?> column);

    R visitParam(Expression.Param<?> param);

    R visitLiteral(Expression.Literal<?> literal);

    R visitCast(Expression.Cast<?> cast);

    R visitScalarSubquery(Expression.ScalarSubquery<?> subquery);

    R visitExcluded(Expression.Excluded<?> excluded);

    R visitAliased(Expression.Aliased<?> aliased);

    R visitArithmetic(Computed.Arithmetic<?> arithmetic);

    R visitNegate(Computed.Negate<?> negate);

    R visitConcat(Computed.Concat concat);

    R visitFunctionCall(Computed.FunctionCall<?> call);

    R visitCase(Computed.Case<?> caseExpression);

    R visitTemplate(Computed.Template<?> template);

    R visitCollate(Computed.Collate collate);

    R visitDatePart(DateExpression.Part part);

    R visitDateTrunc(DateExpression.Truncate<?> truncate);

    R visitDateShift(DateExpression.Shift<?> shift);

    R visitDateDifference(DateExpression.Difference<?> difference);

    R visitAggregate(Analytic.Aggregate<?> aggregate);

    R visitStringAgg(Analytic.StringAgg stringAgg);

    R visitWindowCall(Analytic.WindowCall<?> call);

    R visitOver(Analytic.Over<?> over);

    R visitComparison(Condition.Comparison comparison);

    R visitLike(Condition.Like like);

    R visitMatches(Condition.Matches matches);

    R visitContains(Condition.Contains contains);

    R visitBetween(Condition.Between between);

    R visitIn(Condition.In in);

    R visitInQuery(Condition.InQuery in);

    R visitExists(Condition.Exists exists);

    R visitIsNotDistinctFrom(Condition.IsNotDistinctFrom condition);

    R visitIsDistinctFrom(Condition.IsDistinctFrom condition);

    R visitIsNull(Condition.IsNull isNull);

    R visitIsNotNull(Condition.IsNotNull isNotNull);

    R visitAnd(Condition.And and);

    R visitOr(Condition.Or or);

    R visitNot(Condition.Not not);

    R visitConstant(Condition.Constant constant);

    R visitConditionTemplate(Condition.Template template);
}
