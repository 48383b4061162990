package dev.quarry.policy.internal;

import dev.quarry.policy.ColumnMask;
import dev.quarry.policy.PolicyContext;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Order;
import dev.quarry.sql.Query;
import dev.quarry.sql.Select;
import dev.quarry.sql.SetQuery;
import dev.quarry.sql.Table;
import dev.quarry.sql.TableAlias;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Replaces masked columns in what a statement returns (the select list of a query, each branch of
 * a set operation, RETURNING) by their SQL-side mask, under the column's name, for a context
 * without the mask's right. Stateless and thread-safe.
 */
public final class SqlMasks {
    private final Map<Column<?>, ColumnMask<?>> masks;

    /** SQL-side masks by the column they mask. */
    public SqlMasks(Map<Column<?>, ColumnMask<?>> masks) {
        this.masks = masks;
    }

    /** The mask of a selected expression (a column, its copy in an alias, or either under an alias), or null. */
    public static @Nullable ColumnMask<?> maskOf(Map<Column<?>, ColumnMask<?>> masks, Expression<?> selected) {
        Expression<?> inner = selected instanceof Expression.Aliased<?> aliased ? aliased.expression() : selected;
        if (!(inner instanceof Column<?> column)) {
            return null;
        }
        Table owner = column.table();
        Column<?> base = owner instanceof TableAlias alias ? alias.target().findColumn(column.name()) : column;
        return base == null ? null : masks.get(base);
    }

    /** The query with masked columns replaced. */
    public Query query(Query query, PolicyContext context) {
        if (query instanceof Select select) {
            List<Expression<?>> projection = list(select.projection(), context);
            return projection == select.projection() ? select : select.columns(projection);
        }
        SetQuery set = (SetQuery) query;
        Query left = query(set.left(), context);
        Query right = query(set.right(), context);
        if (left == set.left() && right == set.right()) {
            return set;
        }
        List<Order> orderBy = new ArrayList<>();
        for (Order key : set.orderBy()) {
            int position = set.left().projection().indexOf(key.expression());
            orderBy.add(new Order(left.projection().get(position), key.direction(), key.nulls()));
        }
        return new SetQuery(left, set.operator(), right, orderBy, set.limit(), set.offset());
    }

    /** The expressions with masked columns replaced; the same list when none is masked. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public List<Expression<?>> list(List<Expression<?>> selected, PolicyContext context) {
        List<Expression<?>> changed = null;
        for (int i = 0; i < selected.size(); i++) {
            Expression<?> item = selected.get(i);
            ColumnMask mask = maskOf(masks, item);
            Expression<?> result = item;
            if (mask != null && !context.hasRight(mask.right())) {
                Expression<?> inner = item instanceof Expression.Aliased<?> aliased ? aliased.expression() : item;
                String name = item instanceof Expression.Aliased<?> aliased ? aliased.alias() : ((Column<?>) inner).name();
                result = mask.maskInSql(inner).as(name);
            }
            if (result != item && changed == null) {
                changed = new ArrayList<>(selected.subList(0, i));
            }
            if (changed != null) {
                changed.add(result);
            }
        }
        return changed == null ? selected : changed;
    }
}
