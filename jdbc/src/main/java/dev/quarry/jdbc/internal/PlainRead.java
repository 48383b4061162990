package dev.quarry.jdbc.internal;

import dev.quarry.sql.Analytic;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Count;
import dev.quarry.sql.Cte;
import dev.quarry.sql.DateExpression;
import dev.quarry.sql.DerivedTable;
import dev.quarry.sql.Expression;
import dev.quarry.sql.ExpressionVisitor;
import dev.quarry.sql.Join;
import dev.quarry.sql.Order;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.SqlFunction;
import dev.quarry.sql.Statement;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import dev.quarry.sql.Window;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether a statement is a plain read: a query built from Quarry's tree (a select, a set
 * query or a count over one) that locks no rows, contains no SQL template (whose text may call any
 * function, one that writes or takes a transaction-scoped lock included) and does not read the
 * transaction's clock ({@code CURRENT_TIMESTAMP} and its relatives, which PostgreSQL fixes at the
 * start of the transaction). Such a statement has no effect beyond its result, and its result does
 * not depend on whether it runs as the first statement of a transaction or on its own. Subqueries,
 * derived tables and common table expressions are examined too. Stateless; one instance per check.
 */
final class PlainRead implements ExpressionVisitor<Boolean> {
    private final Set<Table> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private PlainRead() {
    }

    /** Whether the statement is a plain read; false for anything else, hand-written SQL is never given here. */
    static boolean isPlainRead(@Nullable Statement statement) {
        if (statement instanceof Count count) {
            return new PlainRead().query(count.source());
        }
        return statement instanceof Query query && new PlainRead().query(query);
    }

    private boolean query(Query query) {
        if (query instanceof SetQuery set) {
            return query(set.left()) && query(set.right()) && orders(set.orderBy());
        }
        Select select = (Select) query;
        if (select.lock() != null) {
            return false;
        }
        if (select.from() != null && !table(select.from())) {
            return false;
        }
        for (Join join : select.joins()) {
            if (!table(join.table()) || !nullable(join.on())) {
                return false;
            }
        }
        return all(select.projection()) && all(select.distinctOn()) && nullable(select.where())
                && all(select.groupBy()) && nullable(select.having()) && orders(select.orderBy());
    }

    private boolean table(Table table) {
        if (!seen.add(table)) {
            return true;
        }
        if (table instanceof TableAlias alias) {
            return table(alias.target());
        }
        if (table instanceof DerivedTable derived) {
            return query(derived.query());
        }
        if (table instanceof Cte cte) {
            return query(cte.query());
        }
        return true;
    }

    private boolean all(List<? extends Expression<?>> expressions) {
        for (Expression<?> expression : expressions) {
            if (!expression.accept(this)) {
                return false;
            }
        }
        return true;
    }

    private boolean nullable(@Nullable Expression<?> expression) {
        return expression == null || expression.accept(this);
    }

    private boolean orders(List<Order> orders) {
        for (Order order : orders) {
            if (!order.expression().accept(this)) {
                return false;
            }
        }
        return true;
    }

    private boolean window(Window window) {
        return all(window.partitionBy()) && orders(window.orderBy());
    }

    @Override
    public Boolean visitColumn(dev.quarry.sql.Column<?> column) {
        return table(column.table());
    }

    @Override
    public Boolean visitParam(Expression.Param<?> param) {
        return true;
    }

    @Override
    public Boolean visitLiteral(Expression.Literal<?> literal) {
        return true;
    }

    @Override
    public Boolean visitCast(Expression.Cast<?> cast) {
        return cast.operand().accept(this);
    }

    @Override
    public Boolean visitScalarSubquery(Expression.ScalarSubquery<?> subquery) {
        return query(subquery.query());
    }

    @Override
    public Boolean visitExcluded(Expression.Excluded<?> excluded) {
        return false;
    }

    @Override
    public Boolean visitAliased(Expression.Aliased<?> aliased) {
        return aliased.expression().accept(this);
    }

    @Override
    public Boolean visitArithmetic(Computed.Arithmetic<?> arithmetic) {
        return arithmetic.left().accept(this) && arithmetic.right().accept(this);
    }

    @Override
    public Boolean visitNegate(Computed.Negate<?> negate) {
        return negate.operand().accept(this);
    }

    @Override
    public Boolean visitConcat(Computed.Concat concat) {
        return all(concat.operands());
    }

    @Override
    public Boolean visitFunctionCall(Computed.FunctionCall<?> call) {
        SqlFunction function = call.function();
        boolean clock = function == SqlFunction.CURRENT_DATE || function == SqlFunction.CURRENT_TIMESTAMP
                || function == SqlFunction.CURRENT_DATETIME;
        return !clock && all(call.arguments());
    }

    @Override
    public Boolean visitCase(Computed.Case<?> caseExpression) {
        for (Computed.When<?> branch : caseExpression.branches()) {
            if (!branch.condition().accept(this) || !branch.result().accept(this)) {
                return false;
            }
        }
        return nullable(caseExpression.otherwise());
    }

    @Override
    public Boolean visitTemplate(Computed.Template<?> template) {
        return false;
    }

    @Override
    public Boolean visitCollate(Computed.Collate collate) {
        return collate.operand().accept(this);
    }

    @Override
    public Boolean visitDatePart(DateExpression.Part part) {
        return part.operand().accept(this);
    }

    @Override
    public Boolean visitDateTrunc(DateExpression.Truncate<?> truncate) {
        return truncate.operand().accept(this);
    }

    @Override
    public Boolean visitDateShift(DateExpression.Shift<?> shift) {
        return shift.operand().accept(this) && shift.interval().amount().accept(this);
    }

    @Override
    public Boolean visitDateDifference(DateExpression.Difference<?> difference) {
        return difference.start().accept(this) && difference.end().accept(this);
    }

    @Override
    public Boolean visitAggregate(Analytic.Aggregate<?> aggregate) {
        return nullable(aggregate.argument());
    }

    @Override
    public Boolean visitStringAgg(Analytic.StringAgg stringAgg) {
        return stringAgg.value().accept(this) && stringAgg.separator().accept(this) && orders(stringAgg.order());
    }

    @Override
    public Boolean visitWindowCall(Analytic.WindowCall<?> call) {
        return all(call.arguments());
    }

    @Override
    public Boolean visitOver(Analytic.Over<?> over) {
        return over.function().accept(this) && window(over.window());
    }

    @Override
    public Boolean visitComparison(Condition.Comparison comparison) {
        return comparison.left().accept(this) && comparison.right().accept(this);
    }

    @Override
    public Boolean visitLike(Condition.Like like) {
        return like.value().accept(this) && like.pattern().accept(this);
    }

    @Override
    public Boolean visitMatches(Condition.Matches matches) {
        return matches.value().accept(this) && matches.regex().accept(this);
    }

    @Override
    public Boolean visitContains(Condition.Contains contains) {
        return contains.container().accept(this) && contains.contained().accept(this);
    }

    @Override
    public Boolean visitBetween(Condition.Between between) {
        return between.value().accept(this) && between.low().accept(this) && between.high().accept(this);
    }

    @Override
    public Boolean visitIn(Condition.In in) {
        return in.value().accept(this) && all(in.candidates());
    }

    @Override
    public Boolean visitInQuery(Condition.InQuery in) {
        return in.value().accept(this) && query(in.query());
    }

    @Override
    public Boolean visitExists(Condition.Exists exists) {
        return query(exists.query());
    }

    @Override
    public Boolean visitIsNotDistinctFrom(Condition.IsNotDistinctFrom condition) {
        return condition.left().accept(this) && condition.right().accept(this);
    }

    @Override
    public Boolean visitIsDistinctFrom(Condition.IsDistinctFrom condition) {
        return condition.left().accept(this) && condition.right().accept(this);
    }

    @Override
    public Boolean visitIsNull(Condition.IsNull isNull) {
        return isNull.value().accept(this);
    }

    @Override
    public Boolean visitIsNotNull(Condition.IsNotNull isNotNull) {
        return isNotNull.value().accept(this);
    }

    @Override
    public Boolean visitAnd(Condition.And and) {
        return all(and.operands());
    }

    @Override
    public Boolean visitOr(Condition.Or or) {
        return all(or.operands());
    }

    @Override
    public Boolean visitNot(Condition.Not not) {
        return not.operand().accept(this);
    }

    @Override
    public Boolean visitConstant(Condition.Constant constant) {
        return true;
    }

    @Override
    public Boolean visitConditionTemplate(Condition.Template template) {
        return false;
    }
}
