package dev.quarry.render;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.Count;
import dev.quarry.sql.Cte;
import dev.quarry.sql.DerivedTable;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Join;
import dev.quarry.sql.JoinType;
import dev.quarry.sql.Order;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetOperator;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes queries: SELECT with every clause, set operations, counts, FROM items of every kind, and
 * the WITH clause of the CTEs a statement reads. Not thread-safe: one per rendering.
 */
final class QueryRenderer {
    private final SqlWriter writer;
    private final ExpressionRenderer expressions;
    private CteScope scope = new CteScope();
    private int derivedNames;

    QueryRenderer(SqlWriter writer) {
        this.writer = writer;
        this.expressions = new ExpressionRenderer(writer, this, writer.dialect().textRules());
    }

    ExpressionRenderer expressions() {
        return expressions;
    }

    /** Writes a statement body, preceded by the WITH clause of the CTEs it reads. */
    Set<Cte> withScope(Runnable body) {
        CteScope outer = scope;
        scope = new CteScope();
        SqlWriter.Mark mark = writer.mark();
        try {
            body.run();
            Set<Cte> used = scope.referenced();
            if (!used.isEmpty()) {
                writer.insertAt(mark, withClause(used));
            }
            return used;
        } finally {
            scope = outer;
        }
    }

    /** Writes a query inside the current statement (a subquery, a set operand, a derived table). */
    void renderQuery(Query query) {
        renderQuery(query, false);
    }

    /** Writes a query whose rows are compared for duplicates when {@code removesDuplicates}. */
    private void renderQuery(Query query, boolean removesDuplicates) {
        // A sensitive column inside the subquery marks binds of the subquery only.
        writer.openBarrier();
        if (query instanceof Select select) {
            renderSelect(select, false, removesDuplicates);
        } else {
            renderSetQuery((SetQuery) query, removesDuplicates);
        }
        writer.closeBarrier();
    }

    void renderSelect(Select select) {
        renderSelect(select, false, false);
    }

    /** Writes {@code SELECT COUNT(*)} over a query's rows. */
    void renderCount(Count count) {
        Query source = count.source();
        writer.keyword(Keywords.SELECT).keyword(Keywords.COUNT_ALL);
        if (source instanceof Select select && isPlain(select)) {
            writer.keyword(Keywords.FROM);
            renderFromClause(select);
            where(select.where());
        } else {
            writer.keyword(Keywords.FROM).openParen();
            renderForCount(source);
            writer.closeParen().keyword(Keywords.AS).identifier("counted");
        }
    }

    /**
     * @param uniqueOutputNames whether the selected values are named c1, c2 … (inside a count)
     * @param removesDuplicates whether the rows are compared for duplicates (DISTINCT, or an
     *     operand of a set operation that removes them), so that text values take the text rules'
     *     equality form
     */
    private void renderSelect(Select select, boolean uniqueOutputNames, boolean removesDuplicates) {
        writer.keyword(Keywords.SELECT);
        if (!select.distinctOn().isEmpty()) {
            if (!dialect().supportsDistinctOn()) {
                throw dialectLacks("DISTINCT ON", "number the rows with rowNumber().over(…) and keep the first");
            }
            writer.keyword("DISTINCT ON").openParen();
            for (int i = 0; i < select.distinctOn().size(); i++) {
                if (i > 0) {
                    writer.comma();
                }
                expressions.render(expressions.textRules().sortKey(unaliased(select.distinctOn().get(i))));
            }
            writer.closeParen();
        } else if (select.distinctRows()) {
            writer.keyword("DISTINCT");
        }
        List<Expression<?>> projection = select.projection();
        SelectedText selectedText = new SelectedText(expressions.textRules(), select,
                removesDuplicates || select.distinctRows());
        for (int i = 0; i < projection.size(); i++) {
            if (i > 0) {
                writer.comma();
            }
            Expression<?> item = projection.get(i);
            expressions.render(selectedText.written(i));
            if (uniqueOutputNames) {
                writer.keyword(Keywords.AS).identifier("c" + (i + 1));
            } else if (item instanceof Expression.Aliased<?> aliased) {
                writer.keyword(Keywords.AS).identifier(aliased.alias());
            } else if (selectedText.isChanged(i) && item instanceof Column<?> column) {
                // The column keeps its name, which an enclosing query may refer to.
                writer.keyword(Keywords.AS).identifier(column.name());
            }
        }
        boolean previous = expressions.sortKeys().outerJoined(select.hasOuterJoin());
        try {
            if (select.from() != null) {
                writer.keyword(Keywords.FROM);
                renderFromClause(select);
            }
            where(select.where());
            if (!select.groupBy().isEmpty()) {
                writer.keyword("GROUP BY");
                groupBy(select, selectedText);
            }
            if (select.having() != null) {
                writer.keyword("HAVING");
                expressions.render(select.having());
            }
            if (!select.orderBy().isEmpty()) {
                writer.keyword(Keywords.ORDER_BY);
                expressions.sortKeys().selectList(select.projection());
                try {
                    expressions.sortKeys().render(select.orderBy());
                } finally {
                    expressions.sortKeys().selectList(List.of());
                }
            }
        } finally {
            expressions.sortKeys().outerJoined(previous);
        }
        if (select.limit() != null || select.offset() != null) {
            dialect().renderLimitOffset(writer, select.limit(), select.offset());
        }
        if (select.lock() != null) {
            dialect().renderLock(writer, select.lock());
        }
    }

    /**
     * Writes a set operation left to right on every dialect: operands that are themselves
     * combined (where SQL precedence would differ) or ordered and limited become derived tables,
     * and a combined query ordered or limited as a whole is read from one.
     *
     * @param removesDuplicates whether an enclosing set operation compares these rows for duplicates
     */
    private void renderSetQuery(SetQuery query, boolean removesDuplicates) {
        if (!query.orderBy().isEmpty() || query.limit() != null || query.offset() != null) {
            SetQuery unordered = new SetQuery(query.left(), query.operator(), query.right(), List.of(), null, null);
            DerivedTable combined = unordered.asTable(nextDerivedName());
            List<Order> keys = new ArrayList<>();
            for (Order key : query.orderBy()) {
                keys.add(new Order(combined.get(key.expression()), key.direction(), key.nulls()));
            }
            Select outer = Select.from(combined).orderBy(keys);
            outer = query.limit() == null ? outer : outer.limit(query.limit());
            renderSelect(query.offset() == null ? outer : outer.offset(query.offset()), false, removesDuplicates);
            return;
        }
        boolean operandsCompared = removesDuplicates || query.operator() != SetOperator.UNION_ALL;
        renderSetOperand(query.left(), query, true, operandsCompared);
        writer.keyword(query.operator().keyword());
        renderSetOperand(query.right(), query, false, operandsCompared);
    }

    private void renderSetOperand(Query operand, SetQuery parent, boolean left, boolean removesDuplicates) {
        boolean wrap = operand instanceof SetQuery nested
                ? !left || nested.operator() != parent.operator() || !nested.orderBy().isEmpty()
                        || nested.limit() != null || nested.offset() != null
                : !operand.orderBy().isEmpty() || operand.limit() != null || operand.offset() != null
                        || ((Select) operand).lock() != null;
        if (wrap) {
            writer.keyword(Keywords.SELECT).keyword("*").keyword(Keywords.FROM).openParen();
            renderQuery(operand, removesDuplicates);
            writer.closeParen().keyword(Keywords.AS).identifier(nextDerivedName());
        } else {
            renderQuery(operand, removesDuplicates);
        }
    }

    /** A query whose COUNT(*) is the count of its rows: same rows, no ordering, unique names. */
    private void renderForCount(Query source) {
        if (source instanceof Select select) {
            renderSelect(new Select(select.projection(), select.distinctRows(), select.distinctOn(), select.from(),
                    select.joins(), select.where(), select.groupBy(), select.having(),
                    select.distinctOn().isEmpty() ? List.of() : select.orderBy(), select.limit(), select.offset(),
                    select.lock()), true, false);
        } else {
            SetQuery set = (SetQuery) source;
            renderSetQuery(new SetQuery(set.left(), set.operator(), set.right(), List.of(), set.limit(), set.offset()), false);
        }
    }

    /**
     * GROUP BY keys; a computed key that is also selected is written as its position in the select
     * list, because its bind parameters would otherwise differ from the select list's and
     * PostgreSQL would not see the two as the same expression. A text key is followed or replaced
     * by what the text rules group it by, unless it is selected in a form of the text rules already.
     */
    private void groupBy(Select select, SelectedText selectedText) {
        boolean first = true;
        for (Expression<?> key : select.groupBy()) {
            Expression<?> target = unaliased(key);
            int position = key instanceof Column<?> ? -1 : positionInSelectList(select.projection(), key);
            List<Expression<?>> keys = position > 0 && selectedText.isChanged(position - 1)
                    ? List.of(target) : expressions.textRules().groupKeys(target);
            for (Expression<?> written : keys) {
                if (!first) {
                    writer.comma();
                }
                first = false;
                if (written != target) {
                    expressions.render(written);
                } else if (position > 0) {
                    writer.keyword(Integer.toString(position));
                } else {
                    expressions.render(key);
                }
            }
        }
    }

    private static Expression<?> unaliased(Expression<?> expression) {
        return expression instanceof Expression.Aliased<?> aliased ? aliased.expression() : expression;
    }

    private static int positionInSelectList(List<Expression<?>> projection, Expression<?> key) {
        Expression<?> target = key instanceof Expression.Aliased<?> aliased ? aliased.expression() : key;
        for (int i = 0; i < projection.size(); i++) {
            Expression<?> item = projection.get(i);
            Expression<?> selected = item instanceof Expression.Aliased<?> aliased ? aliased.expression() : item;
            if (selected.equals(target)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isPlain(Select select) {
        return select.from() != null && !select.distinctRows() && select.distinctOn().isEmpty()
                && select.groupBy().isEmpty() && select.having() == null && select.limit() == null
                && select.offset() == null && select.lock() == null;
    }

    private void renderFromClause(Select select) {
        renderFromItem(select.from());
        for (Join join : select.joins()) {
            if (join.type() == JoinType.FULL && !dialect().supportsFullJoin()) {
                throw dialectLacks("FULL JOIN", "combine a LEFT JOIN and a RIGHT JOIN with union()");
            }
            writer.keyword(join.type().keyword());
            renderFromItem(join.table());
            if (join.on() != null) {
                writer.keyword("ON");
                expressions.render(join.on());
            }
        }
    }

    private void renderFromItem(Table table) {
        switch (table.kind()) {
            case BASE -> writer.identifier(table.tableName());
            case CTE -> {
                scope.reference((Cte) table);
                writer.identifier(table.tableName());
            }
            case ALIAS -> {
                Table target = ((TableAlias) table).target();
                if (target instanceof Cte cte) {
                    scope.reference(cte);
                }
                writer.identifier(target.tableName()).keyword(Keywords.AS).identifier(table.referenceName());
            }
            case DERIVED -> {
                writer.openParen();
                renderQuery(((DerivedTable) table).query());
                writer.closeParen().keyword(Keywords.AS).identifier(table.tableName());
            }
        }
    }

    private void where(Condition condition) {
        if (condition != null) {
            writer.keyword(Keywords.WHERE);
            expressions.render(condition);
        }
    }

    /**
     * {@code WITH [RECURSIVE] name (columns) AS (query), …}: each CTE once, after the CTEs its
     * own query reads.
     */
    private SqlWriter withClause(Set<Cte> used) {
        Map<Cte, SqlWriter> definitions = new LinkedHashMap<>();
        Set<Cte> visiting = new HashSet<>();
        for (Cte cte : used) {
            define(cte, definitions, visiting);
        }
        SqlWriter with = new SqlWriter(dialect());
        with.keyword("WITH");
        if (definitions.keySet().stream().anyMatch(Cte::isRecursive)) {
            with.keyword("RECURSIVE");
        }
        boolean first = true;
        for (Map.Entry<Cte, SqlWriter> definition : definitions.entrySet()) {
            if (!first) {
                with.comma();
            }
            first = false;
            Cte cte = definition.getKey();
            with.identifier(cte.tableName()).openParen();
            List<Column<?>> columns = cte.columns();
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    with.comma();
                }
                with.identifier(columns.get(i).name());
            }
            with.closeParen().keyword(Keywords.AS).openParen().append(definition.getValue()).closeParen();
        }
        return with;
    }

    private void define(Cte cte, Map<Cte, SqlWriter> definitions, Set<Cte> visiting) {
        if (definitions.containsKey(cte) || !visiting.add(cte)) {
            return;
        }
        QueryRenderer child = new QueryRenderer(new SqlWriter(dialect()));
        child.renderQuery(cte.query());
        for (Cte dependency : child.scope.referenced()) {
            if (dependency != cte) {
                define(dependency, definitions, visiting);
            }
        }
        definitions.put(cte, child.writer);
    }

    private String nextDerivedName() {
        derivedNames++;
        return "q" + derivedNames;
    }

    private UnsupportedFeatureException dialectLacks(String feature, String advice) {
        return new UnsupportedFeatureException(feature, dialect().name(), advice);
    }

    private Dialect dialect() {
        return writer.dialect();
    }
}
