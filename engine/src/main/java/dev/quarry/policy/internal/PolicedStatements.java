package dev.quarry.policy.internal;

import dev.quarry.policy.PolicyContext;
import dev.quarry.policy.PolicyViolationException;
import dev.quarry.policy.RowPolicy;
import dev.quarry.sql.Assignment;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Count;
import dev.quarry.sql.CreateIndex;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Cte;
import dev.quarry.sql.Delete;
import dev.quarry.sql.DerivedTable;
import dev.quarry.sql.DropTable;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Insert;
import dev.quarry.sql.Join;
import dev.quarry.sql.JoinType;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Statement;
import dev.quarry.sql.StatementVisitor;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import dev.quarry.sql.Update;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Applies row policies to one statement: every reference to a policed table, wherever it is (FROM,
 * joins, subqueries, derived tables, CTEs, set operations, INSERT … SELECT), gets the policies'
 * condition, placed so that it filters exactly that table's rows:
 * <ul>
 *   <li>the FROM table and CROSS-joined tables: in WHERE, unless a later RIGHT or FULL join can
 *       null-extend them;
 *   <li>INNER and LEFT joins: in the join's ON;
 *   <li>RIGHT and FULL joins, and tables a later RIGHT or FULL join null-extends: the table is read
 *       through a subquery under its own name, {@code (SELECT … FROM t WHERE condition) AS t}.
 * </ul>
 * Writes are checked against the policies' required values and their filters. Statements are
 * rebuilt only where something changed. Not thread-safe: one instance serves one statement.
 */
public final class PolicedStatements implements StatementVisitor<Statement> {
    private final Map<Table, List<RowPolicy>> policies;
    private final PolicyContext context;
    private final PolicedExpressions expressions = new PolicedExpressions(this);
    private final Map<Cte, Cte> ctes = new IdentityHashMap<>();

    /** Policies by their table, applied in the given context. */
    public PolicedStatements(Map<Table, List<RowPolicy>> policies, PolicyContext context) {
        this.policies = policies;
        this.context = context;
    }

    /** The query with every policed table reference filtered. */
    public Query query(Query query) {
        return query instanceof Select select ? select(select) : setQuery((SetQuery) query);
    }

    @Override
    public Statement visitSelect(Select select) {
        return select(select);
    }

    @Override
    public Statement visitSetQuery(SetQuery setQuery) {
        return setQuery(setQuery);
    }

    @Override
    public Statement visitCount(Count count) {
        Query source = query(count.source());
        return source == count.source() ? count : new Count(source);
    }

    @Override
    public Statement visitInsert(Insert insert) {
        return new PolicedInsert(this, insert).policed();
    }

    @Override
    public Statement visitUpdate(Update update) {
        List<Assignment<?>> assignments = assignments(update.table(), update.assignments(), "UPDATE");
        Condition where = and(expressions.condition(update.where()), filter(update.table()));
        List<Expression<?>> returning = expressions.all(update.returning());
        return assignments == update.assignments() && where == update.where() && returning == update.returning() ? update
                : new Update(update.table(), assignments, where, returning);
    }

    @Override
    public Statement visitDelete(Delete delete) {
        for (RowPolicy policy : policiesOf(delete.from())) {
            Statement replacement = policy.replaceDelete(delete, context);
            if (replacement != null) {
                return replacement.accept(this);
            }
        }
        Condition where = and(expressions.condition(delete.where()), filter(delete.from()));
        List<Expression<?>> returning = expressions.all(delete.returning());
        return where == delete.where() && returning == delete.returning() ? delete
                : new Delete(delete.from(), where, returning);
    }

    @Override
    public Statement visitCreateTable(CreateTable createTable) {
        return createTable;
    }

    @Override
    public Statement visitCreateIndex(CreateIndex createIndex) {
        return createIndex;
    }

    @Override
    public Statement visitDropTable(DropTable dropTable) {
        return dropTable;
    }

    PolicyContext context() {
        return context;
    }

    PolicedExpressions expressions() {
        return expressions;
    }

    List<RowPolicy> policiesOf(Table table) {
        List<RowPolicy> found = policies.get(table);
        return found == null ? List.of() : found;
    }

    /** The conjunction of the policies' filters on a reference to a table, or null if none applies. */
    @Nullable Condition filter(Table reference) {
        Table base = reference instanceof TableAlias alias ? alias.target() : reference;
        List<RowPolicy> found = policies.get(base);
        if (found == null) {
            return null;
        }
        Condition combined = null;
        for (RowPolicy policy : found) {
            combined = and(combined, policy.filter(reference, context));
        }
        return combined;
    }

    /**
     * The assignments of a write, with subqueries policed; an assignment of a column a policy
     * requires must give the required value.
     */
    List<Assignment<?>> assignments(Table table, List<Assignment<?>> assignments, String statementKind) {
        List<Assignment<?>> required = requiredValues(table);
        List<Assignment<?>> changed = null;
        for (int i = 0; i < assignments.size(); i++) {
            Assignment<?> assignment = assignments.get(i);
            requireAllowed(assignment, required, statementKind + " of " + table.tableName());
            Assignment<?> rewritten = rewrite(assignment);
            if (rewritten != assignment && changed == null) {
                changed = new ArrayList<>(assignments.subList(0, i));
            }
            if (changed != null) {
                changed.add(rewritten);
            }
        }
        return changed == null ? assignments : changed;
    }

    List<Assignment<?>> requiredValues(Table table) {
        List<RowPolicy> found = policiesOf(table);
        if (found.isEmpty()) {
            return List.of();
        }
        List<Assignment<?>> required = new ArrayList<>();
        for (RowPolicy policy : found) {
            required.addAll(policy.requiredValues(context));
        }
        return required;
    }

    static void requireAllowed(Assignment<?> assignment, List<Assignment<?>> required, String where) {
        for (Assignment<?> value : required) {
            if (value.column() == assignment.column() && !value.value().equals(assignment.value())) {
                throw new PolicyViolationException(where + " sets " + assignment.column().qualifiedName() + " to "
                        + assignment.value() + ", but the row policy requires " + value.value());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Assignment<?> rewrite(Assignment<?> assignment) {
        Expression<?> value = expressions.of(assignment.value());
        return value == assignment.value() ? assignment : new Assignment(assignment.column(), value);
    }

    static @Nullable Condition and(@Nullable Condition first, @Nullable Condition second) {
        return first == null ? second : second == null ? first : first.and(second);
    }

    private Query setQuery(SetQuery setQuery) {
        Query left = query(setQuery.left());
        Query right = query(setQuery.right());
        return left == setQuery.left() && right == setQuery.right() ? setQuery
                : new SetQuery(left, setQuery.operator(), right, setQuery.orderBy(), setQuery.limit(), setQuery.offset());
    }

    private Select select(Select select) {
        List<Expression<?>> projection = expressions.all(select.projection());
        List<Expression<?>> distinctOn = expressions.all(select.distinctOn());
        Condition where = expressions.condition(select.where());
        List<Expression<?>> groupBy = expressions.all(select.groupBy());
        Condition having = expressions.condition(select.having());
        Table from = select.from();
        List<Join> joins = select.joins();
        if (from != null) {
            int lastNullExtending = -1;
            for (int k = 0; k < joins.size(); k++) {
                JoinType type = joins.get(k).type();
                if (type == JoinType.RIGHT || type == JoinType.FULL) {
                    lastNullExtending = k;
                }
            }
            Table source = source(from);
            Condition filter = filter(from);
            if (filter != null) {
                if (lastNullExtending >= 0) {
                    source = filtered(from);
                } else {
                    where = and(where, filter);
                }
            }
            from = source;
            List<Join> rewritten = new ArrayList<>(joins.size());
            boolean joinsChanged = false;
            for (int k = 0; k < joins.size(); k++) {
                Join join = joins.get(k);
                Table table = source(join.table());
                Condition on = expressions.condition(join.on());
                Condition joinFilter = filter(join.table());
                if (joinFilter != null) {
                    switch (join.type()) {
                        case INNER, LEFT -> on = and(on, joinFilter);
                        case CROSS -> {
                            if (k < lastNullExtending) {
                                table = filtered(join.table());
                            } else {
                                where = and(where, joinFilter);
                            }
                        }
                        case RIGHT, FULL -> table = filtered(join.table());
                    }
                }
                boolean same = table == join.table() && on == join.on();
                joinsChanged |= !same;
                rewritten.add(same ? join : new Join(join.type(), table, on));
            }
            if (joinsChanged) {
                joins = rewritten;
            }
        }
        List<dev.quarry.sql.Order> orderBy = expressions.orders(select.orderBy());
        if (projection == select.projection() && distinctOn == select.distinctOn() && from == select.from()
                && joins == select.joins() && where == select.where() && groupBy == select.groupBy()
                && having == select.having() && orderBy == select.orderBy()) {
            return select;
        }
        return new Select(projection, select.distinctRows(), distinctOn, from, joins, where, groupBy, having, orderBy,
                select.limit(), select.offset(), select.lock());
    }

    /** A table of FROM or a join with the policies applied inside it (derived tables, CTEs). */
    private Table source(Table table) {
        if (table instanceof DerivedTable derived) {
            Query rewritten = query(derived.query());
            return rewritten == derived.query() ? derived : rewritten.asTable(derived.tableName());
        }
        if (table instanceof Cte cte) {
            return cte(cte);
        }
        if (table instanceof TableAlias alias && alias.target() instanceof Cte cte) {
            Cte rewritten = cte(cte);
            return rewritten == cte ? alias : rewritten.as(alias.alias());
        }
        return table;
    }

    /** {@code (SELECT … FROM table WHERE filter) AS reference}: the reference's rows, filtered before any join. */
    private Table filtered(Table reference) {
        Table base = reference instanceof TableAlias alias ? alias.target() : reference;
        Condition filter = filter(base);
        Select inner = Select.from(base);
        return (filter == null ? inner : inner.where(filter)).asTable(reference.referenceName());
    }

    private Cte cte(Cte cte) {
        Cte known = ctes.get(cte);
        if (known != null) {
            return known;
        }
        PolicedCte policed = new PolicedCte(cte);
        ctes.put(cte, policed);
        Query original = cte.query();
        Query rewritten = query(original);
        if (rewritten == original && !cte.isRecursive()) {
            ctes.put(cte, cte);
            return cte;
        }
        policed.define(rewritten);
        return policed;
    }
}
