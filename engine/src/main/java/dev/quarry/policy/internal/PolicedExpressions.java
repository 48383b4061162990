package dev.quarry.policy.internal;

import dev.quarry.sql.Analytic;
import dev.quarry.sql.Column;
import dev.quarry.sql.Computed;
import dev.quarry.sql.Condition;
import dev.quarry.sql.DateExpression;
import dev.quarry.sql.Expression;
import dev.quarry.sql.ExpressionVisitor;
import dev.quarry.sql.Order;
import dev.quarry.sql.Query;
import dev.quarry.sql.SqlTemplate;
import dev.quarry.sql.Window;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the subqueries inside expressions with {@link PolicedStatements}; every other node is
 * rebuilt only when a child changed, so an expression without subqueries comes back as the same
 * instance. Not thread-safe: one instance serves one statement.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
final class PolicedExpressions implements ExpressionVisitor<Expression<?>> {
    private final PolicedStatements statements;

    PolicedExpressions(PolicedStatements statements) {
        this.statements = statements;
    }

    <T extends @Nullable Object> Expression<T> of(Expression<T> expression) {
        return (Expression<T>) expression.accept(this);
    }

    @Nullable Condition condition(@Nullable Condition condition) {
        return condition == null ? null : (Condition) condition.accept(this);
    }

    private @Nullable Expression<?> nullable(@Nullable Expression<?> expression) {
        return expression == null ? null : expression.accept(this);
    }

    <E extends Expression<?>> List<E> all(List<E> expressions) {
        List<E> changed = null;
        for (int i = 0; i < expressions.size(); i++) {
            E original = expressions.get(i);
            E rewritten = (E) original.accept(this);
            if (rewritten != original && changed == null) {
                changed = new ArrayList<>(expressions.subList(0, i));
            }
            if (changed != null) {
                changed.add(rewritten);
            }
        }
        return changed == null ? expressions : changed;
    }

    List<Order> orders(List<Order> keys) {
        List<Order> changed = null;
        for (int i = 0; i < keys.size(); i++) {
            Order key = keys.get(i);
            Expression<?> rewritten = key.expression().accept(this);
            Order result = rewritten == key.expression() ? key : new Order(rewritten, key.direction(), key.nulls());
            if (result != key && changed == null) {
                changed = new ArrayList<>(keys.subList(0, i));
            }
            if (changed != null) {
                changed.add(result);
            }
        }
        return changed == null ? keys : changed;
    }

    private SqlTemplate template(SqlTemplate template) {
        List<Expression<?>> arguments = all(template.arguments());
        return arguments == template.arguments() ? template
                : new SqlTemplate(template.fragments(), template.placeholders(), arguments);
    }

    private Query query(Query query) {
        return statements.query(query);
    }

    @Override
    public Expression<?> visitColumn(Column<?> column) {
        return column;
    }

    @Override
    public Expression<?> visitParam(Expression.Param<?> param) {
        return param;
    }

    @Override
    public Expression<?> visitLiteral(Expression.Literal<?> literal) {
        return literal;
    }

    @Override
    public Expression<?> visitCast(Expression.Cast<?> cast) {
        Expression<?> operand = cast.operand().accept(this);
        return operand == cast.operand() ? cast : new Expression.Cast(operand, cast.type());
    }

    @Override
    public Expression<?> visitScalarSubquery(Expression.ScalarSubquery<?> subquery) {
        Query rewritten = query(subquery.query());
        return rewritten == subquery.query() ? subquery : new Expression.ScalarSubquery(rewritten, subquery.type());
    }

    @Override
    public Expression<?> visitExcluded(Expression.Excluded<?> excluded) {
        return excluded;
    }

    @Override
    public Expression<?> visitAliased(Expression.Aliased<?> aliased) {
        Expression<?> inner = aliased.expression().accept(this);
        return inner == aliased.expression() ? aliased : new Expression.Aliased(inner, aliased.alias());
    }

    @Override
    public Expression<?> visitArithmetic(Computed.Arithmetic<?> arithmetic) {
        Expression<?> left = arithmetic.left().accept(this);
        Expression<?> right = arithmetic.right().accept(this);
        return left == arithmetic.left() && right == arithmetic.right() ? arithmetic
                : new Computed.Arithmetic(left, arithmetic.operator(), right, arithmetic.type());
    }

    @Override
    public Expression<?> visitNegate(Computed.Negate<?> negate) {
        Expression<?> operand = negate.operand().accept(this);
        return operand == negate.operand() ? negate : new Computed.Negate(operand);
    }

    @Override
    public Expression<?> visitConcat(Computed.Concat concat) {
        List<Expression<?>> operands = all(concat.operands());
        return operands == concat.operands() ? concat : new Computed.Concat(operands);
    }

    @Override
    public Expression<?> visitFunctionCall(Computed.FunctionCall<?> call) {
        List<Expression<?>> arguments = all(call.arguments());
        return arguments == call.arguments() ? call : new Computed.FunctionCall(call.function(), arguments, call.type());
    }

    @Override
    public Expression<?> visitCase(Computed.Case<?> caseExpression) {
        boolean changed = false;
        List<Computed.When> branches = new ArrayList<>();
        for (Computed.When<?> branch : caseExpression.branches()) {
            Condition condition = condition(branch.condition());
            Expression<?> result = branch.result().accept(this);
            changed |= condition != branch.condition() || result != branch.result();
            branches.add(new Computed.When(condition, result));
        }
        Expression<?> otherwise = nullable(caseExpression.otherwise());
        changed |= otherwise != caseExpression.otherwise();
        return changed ? new Computed.Case(branches, otherwise, caseExpression.type()) : caseExpression;
    }

    @Override
    public Expression<?> visitTemplate(Computed.Template<?> template) {
        SqlTemplate rewritten = template(template.template());
        return rewritten == template.template() ? template : new Computed.Template(rewritten, template.type());
    }

    @Override
    public Expression<?> visitCollate(Computed.Collate collate) {
        Expression<String> operand = of(collate.operand());
        return operand == collate.operand() ? collate : new Computed.Collate(operand, collate.collation());
    }

    @Override
    public Expression<?> visitDatePart(DateExpression.Part part) {
        Expression<?> operand = part.operand().accept(this);
        return operand == part.operand() ? part : new DateExpression.Part(part.part(), operand);
    }

    @Override
    public Expression<?> visitDateTrunc(DateExpression.Truncate<?> truncate) {
        Expression<?> operand = truncate.operand().accept(this);
        return operand == truncate.operand() ? truncate : new DateExpression.Truncate(truncate.unit(), operand);
    }

    @Override
    public Expression<?> visitDateShift(DateExpression.Shift<?> shift) {
        Expression<?> operand = shift.operand().accept(this);
        return operand == shift.operand() ? shift : new DateExpression.Shift(operand, shift.interval());
    }

    @Override
    public Expression<?> visitDateDifference(DateExpression.Difference<?> difference) {
        Expression<?> start = difference.start().accept(this);
        Expression<?> end = difference.end().accept(this);
        return start == difference.start() && end == difference.end() ? difference
                : new DateExpression.Difference(difference.unit(), start, end, difference.type());
    }

    @Override
    public Expression<?> visitAggregate(Analytic.Aggregate<?> aggregate) {
        Expression<?> argument = nullable(aggregate.argument());
        return argument == aggregate.argument() ? aggregate
                : new Analytic.Aggregate(aggregate.function(), argument, aggregate.distinct(), aggregate.type());
    }

    @Override
    public Expression<?> visitStringAgg(Analytic.StringAgg stringAgg) {
        Expression<?> value = stringAgg.value().accept(this);
        Expression<String> separator = of(stringAgg.separator());
        List<Order> order = orders(stringAgg.order());
        return value == stringAgg.value() && separator == stringAgg.separator() && order == stringAgg.order() ? stringAgg
                : new Analytic.StringAgg(value, separator, order);
    }

    @Override
    public Expression<?> visitWindowCall(Analytic.WindowCall<?> call) {
        List<Expression<?>> arguments = all(call.arguments());
        return arguments == call.arguments() ? call : new Analytic.WindowCall(call.function(), arguments, call.type());
    }

    @Override
    public Expression<?> visitOver(Analytic.Over<?> over) {
        Analytic<?> function = (Analytic<?>) over.function().accept(this);
        Window window = over.window();
        List<Expression<?>> partitionBy = all(window.partitionBy());
        List<Order> orderBy = orders(window.orderBy());
        if (partitionBy != window.partitionBy() || orderBy != window.orderBy()) {
            window = new Window(partitionBy, orderBy, window.frame());
        }
        return function == over.function() && window == over.window() ? over : new Analytic.Over(function, window);
    }

    @Override
    public Expression<?> visitComparison(Condition.Comparison comparison) {
        Expression<?> left = comparison.left().accept(this);
        Expression<?> right = comparison.right().accept(this);
        return left == comparison.left() && right == comparison.right() ? comparison
                : new Condition.Comparison(left, comparison.operator(), right);
    }

    @Override
    public Expression<?> visitLike(Condition.Like like) {
        Expression<?> value = like.value().accept(this);
        Expression<?> pattern = like.pattern().accept(this);
        return value == like.value() && pattern == like.pattern() ? like : new Condition.Like(value, pattern);
    }

    @Override
    public Expression<?> visitMatches(Condition.Matches matches) {
        Expression<?> value = matches.value().accept(this);
        Expression<?> regex = matches.regex().accept(this);
        return value == matches.value() && regex == matches.regex() ? matches : new Condition.Matches(value, regex);
    }

    @Override
    public Expression<?> visitContains(Condition.Contains contains) {
        Expression<?> container = contains.container().accept(this);
        Expression<?> contained = contains.contained().accept(this);
        return container == contains.container() && contained == contains.contained() ? contains
                : new Condition.Contains(container, contained);
    }

    @Override
    public Expression<?> visitBetween(Condition.Between between) {
        Expression<?> value = between.value().accept(this);
        Expression<?> low = between.low().accept(this);
        Expression<?> high = between.high().accept(this);
        return value == between.value() && low == between.low() && high == between.high() ? between
                : new Condition.Between(value, low, high);
    }

    @Override
    public Expression<?> visitIn(Condition.In in) {
        Expression<?> value = in.value().accept(this);
        List<Expression<?>> candidates = all(in.candidates());
        return value == in.value() && candidates == in.candidates() ? in : new Condition.In(value, candidates);
    }

    @Override
    public Expression<?> visitInQuery(Condition.InQuery in) {
        Expression<?> value = in.value().accept(this);
        Query rewritten = query(in.query());
        return value == in.value() && rewritten == in.query() ? in : new Condition.InQuery(value, rewritten);
    }

    @Override
    public Expression<?> visitExists(Condition.Exists exists) {
        Query rewritten = query(exists.query());
        return rewritten == exists.query() ? exists : new Condition.Exists(rewritten);
    }

    @Override
    public Expression<?> visitIsNotDistinctFrom(Condition.IsNotDistinctFrom condition) {
        Expression<?> left = condition.left().accept(this);
        Expression<?> right = condition.right().accept(this);
        return left == condition.left() && right == condition.right() ? condition
                : new Condition.IsNotDistinctFrom(left, right);
    }

    @Override
    public Expression<?> visitIsDistinctFrom(Condition.IsDistinctFrom condition) {
        Expression<?> left = condition.left().accept(this);
        Expression<?> right = condition.right().accept(this);
        return left == condition.left() && right == condition.right() ? condition
                : new Condition.IsDistinctFrom(left, right);
    }

    @Override
    public Expression<?> visitIsNull(Condition.IsNull isNull) {
        Expression<?> value = isNull.value().accept(this);
        return value == isNull.value() ? isNull : new Condition.IsNull(value);
    }

    @Override
    public Expression<?> visitIsNotNull(Condition.IsNotNull isNotNull) {
        Expression<?> value = isNotNull.value().accept(this);
        return value == isNotNull.value() ? isNotNull : new Condition.IsNotNull(value);
    }

    @Override
    public Expression<?> visitAnd(Condition.And and) {
        List<Condition> operands = all(and.operands());
        return operands == and.operands() ? and : new Condition.And(operands);
    }

    @Override
    public Expression<?> visitOr(Condition.Or or) {
        List<Condition> operands = all(or.operands());
        return operands == or.operands() ? or : new Condition.Or(operands);
    }

    @Override
    public Expression<?> visitNot(Condition.Not not) {
        Condition operand = condition(not.operand());
        return operand == not.operand() ? not : new Condition.Not(operand);
    }

    @Override
    public Expression<?> visitConstant(Condition.Constant constant) {
        return constant;
    }

    @Override
    public Expression<?> visitConditionTemplate(Condition.Template template) {
        SqlTemplate rewritten = template(template.template());
        return rewritten == template.template() ? template : new Condition.Template(rewritten);
    }
}
