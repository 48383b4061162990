package dev.quarry.sql;

/**
 * One method per expression node. Renderers implement it, so adding a node breaks every renderer
 * at compile time until the node is handled.
 */
public interface ExpressionVisitor<R> {
    R visitColumn(Column<?> column);

    R visitParam(Expression.Param<?> param);

    R visitAggregate(Expression.Aggregate<?> aggregate);

    R visitComparison(Condition.Comparison comparison);

    R visitLike(Condition.Like like);

    R visitBetween(Condition.Between between);

    R visitIn(Condition.In in);

    R visitIsNull(Condition.IsNull isNull);

    R visitIsNotNull(Condition.IsNotNull isNotNull);

    R visitAnd(Condition.And and);

    R visitOr(Condition.Or or);

    R visitNot(Condition.Not not);

    R visitConstant(Condition.Constant constant);
}
