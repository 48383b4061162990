package dev.quarry.jdbc.internal.relations;

import dev.quarry.dialect.Dialect;
import dev.quarry.sql.Column;
import dev.quarry.sql.Condition;
import dev.quarry.sql.DerivedTable;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Functions;
import dev.quarry.sql.Include;
import dev.quarry.sql.Order;
import dev.quarry.sql.RelationLink;
import dev.quarry.sql.Select;
import dev.quarry.sql.Window;
import java.util.ArrayList;
import java.util.List;

/**
 * The statement that reads the related rows of one include for one batch of parent keys:
 * {@code SELECT child.*[, through.parent_key…] FROM child [JOIN through …] WHERE key IN (…) AND filter
 * ORDER BY …}, or, with a per-parent limit, the same ranked with {@code ROW_NUMBER() OVER (PARTITION
 * BY key ORDER BY …)} in a derived table filtered on the rank. Its rows hold the child's columns
 * first, in declaration order, then the grouping columns when they are not the child's own.
 *
 * <p>Immutable and thread-safe; made once per include and load.
 */
final class RelatedSelects {
    private static final String RANK = "quarry_rank";
    private static final String PARENT_KEY = "quarry_parent_key_";

    private final Include include;
    private final RelationLink link;
    private final List<Expression<?>> projection = new ArrayList<>();
    private final List<Order> order;
    private final int groupingOffset;
    private final int keysPerStatement;

    RelatedSelects(Include include, Dialect dialect) {
        this.include = include;
        this.link = include.relation().link();
        projection.addAll(link.child().columns());
        if (link.through() == null) {
            groupingOffset = -1;
        } else {
            groupingOffset = projection.size();
            for (int i = 0; i < link.throughParentColumns().size(); i++) {
                projection.add(link.throughParentColumns().get(i).as(PARENT_KEY + i));
            }
        }
        List<Order> keys = include.orderBy();
        if (keys.isEmpty()) {
            keys = link.child().primaryKeyColumns().stream().map(Expression::asc).toList();
        }
        this.order = keys;
        int filterBinds = include.where() == null ? 0
                : Select.from(link.child()).where(include.where()).toSql(dialect).binds().size();
        int width = link.parentKey().size();
        this.keysPerStatement = Math.max(1, (dialect.maxBindParameters() - filterBinds - 1) / width);
    }

    /** How many parent keys one statement carries at most, within the dialect's bind limit. */
    int keysPerStatement() {
        return keysPerStatement;
    }

    /** The number of the child's own columns at the start of each row. */
    int childColumnCount() {
        return link.child().columns().size();
    }

    /** The row position of the grouping column {@code index}. */
    int groupingPosition(int index) {
        return groupingOffset < 0 ? link.child().columns().indexOf(link.childKey().get(index)) : groupingOffset + index;
    }

    /** The select for the related rows of these parent keys (values, or lists of values for composite keys). */
    Select forKeys(List<Object> keys) {
        Select select = Select.from(link.child()).columns(projection);
        if (link.through() != null) {
            List<Condition> on = new ArrayList<>();
            for (int i = 0; i < link.childKey().size(); i++) {
                on.add(equal(link.throughChildColumns().get(i), link.childKey().get(i)));
            }
            select = select.join(link.through(), Condition.allOf(on));
        }
        select = select.where(keyCondition(link.groupingColumns(), keys));
        if (include.where() != null) {
            select = select.where(include.where());
        }
        if (include.limitPerParent() == null) {
            return select.orderBy(order);
        }
        return ranked(select);
    }

    private Select ranked(Select filtered) {
        Expression<?>[] partition = link.groupingColumns().toArray(new Expression<?>[0]);
        Expression<Long> rank = Functions.rowNumber()
                .over(Window.partitionBy(partition).andOrderBy(order.toArray(new Order[0]))).as(RANK);
        List<Expression<?>> withRank = new ArrayList<>(projection);
        withRank.add(rank);
        DerivedTable ranked = filtered.columns(withRank).asTable("quarry_ranked");
        List<Expression<?>> outer = new ArrayList<>();
        for (Expression<?> expression : projection) {
            outer.add(ranked.get(expression));
        }
        List<Order> outerOrder = new ArrayList<>();
        for (int i = 0; i < link.groupingColumns().size(); i++) {
            outerOrder.add(ranked.get(projection.get(groupingPosition(i))).asc());
        }
        outerOrder.add(ranked.get(rank).asc());
        return Select.from(ranked).columns(outer).where(ranked.get(rank).le((long) include.limitPerParent()))
                .orderBy(outerOrder);
    }

    @SuppressWarnings("unchecked")
    private static Condition keyCondition(List<Column<?>> columns, List<Object> keys) {
        if (columns.size() == 1) {
            return ((Column<Object>) columns.get(0)).in(keys);
        }
        List<Condition> alternatives = new ArrayList<>(keys.size());
        for (Object key : keys) {
            List<?> values = (List<?>) key;
            List<Condition> parts = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                parts.add(((Column<Object>) columns.get(i)).eq(values.get(i)));
            }
            alternatives.add(Condition.allOf(parts));
        }
        return Condition.anyOf(alternatives);
    }

    @SuppressWarnings("unchecked")
    private static Condition equal(Column<?> left, Column<?> right) {
        return ((Column<Object>) left).eq((Expression<Object>) (Expression<?>) right);
    }
}
