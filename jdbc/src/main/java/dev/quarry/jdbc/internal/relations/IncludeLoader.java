package dev.quarry.jdbc.internal.relations;

import dev.quarry.InvalidQueryException;
import dev.quarry.jdbc.Row;
import dev.quarry.jdbc.RowTree;
import dev.quarry.jdbc.Transaction;
import dev.quarry.jdbc.internal.RowLayout;
import dev.quarry.sql.Column;
import dev.quarry.sql.Expression;
import dev.quarry.sql.Include;
import dev.quarry.sql.Join;
import dev.quarry.sql.Relation;
import dev.quarry.sql.RelationLink;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the included relations of parent rows level by level: for each include, one statement per
 * batch of distinct parent keys (a batch holds as many keys as the dialect's bind limit allows, so
 * up to 32,766 single-column keys on SQLite and 65,535 on PostgreSQL and MySQL/MariaDB), whatever
 * the number of parents; then the nested includes of the related rows, in turn. Parents without
 * keys cause no statement. All statements run in the caller's transaction, through its ordinary
 * statement pipeline.
 *
 * <p>Used for one load; not thread-safe.
 */
public final class IncludeLoader {
    private final Transaction transaction;

    private IncludeLoader(Transaction transaction) {
        this.transaction = transaction;
    }

    /**
     * Checks that each include can start at the rows of this select, before anything runs.
     *
     * @throws InvalidQueryException naming the relation and what is missing
     */
    public static void check(Select select, List<Include> includes) {
        for (Include include : includes) {
            Table parent = include.relation().parent();
            if (!readsTable(select, parent)) {
                throw new InvalidQueryException("include(" + include.relation() + ") starts at " + parent.tableName()
                        + ", but this query reads " + select.from() + "; include a relation of the table the query reads");
            }
            RelationLink link = include.relation().link();
            for (Column<?> key : link.parentKey()) {
                if (!select.projection().contains(key)) {
                    throw new InvalidQueryException("include(" + include.relation() + ") needs " + key.qualifiedName()
                            + " among the selected columns, to find the related rows; select it too");
                }
            }
            checkNested(include);
        }
    }

    private static void checkNested(Include include) {
        Table child = include.relation().link().child();
        for (Include nested : include.nested()) {
            if (nested.relation().parent() != child) {
                throw new InvalidQueryException("include(" + nested.relation() + ") is nested in include("
                        + include.relation() + "), whose rows are " + child.tableName() + " rows, but it starts at "
                        + nested.relation().parent().tableName());
            }
            checkNested(nested);
        }
    }

    private static boolean readsTable(Select select, Table table) {
        if (select.from() == table) {
            return true;
        }
        for (Join join : select.joins()) {
            if (join.table() == table) {
                return true;
            }
        }
        return false;
    }

    /** The trees of the parent rows with their included relations loaded. */
    public static List<RowTree> load(Transaction transaction, List<Row> parents, List<Include> includes) {
        List<RowTree> trees = new ArrayList<>(parents.size());
        List<Loading> loading = new ArrayList<>(parents.size());
        for (Row row : parents) {
            Loading parent = new Loading(row, includes);
            trees.add(parent.tree);
            loading.add(parent);
        }
        new IncludeLoader(transaction).loadLevel(loading, includes);
        return trees;
    }

    private void loadLevel(List<Loading> parents, List<Include> includes) {
        for (int index = 0; index < includes.size(); index++) {
            Include include = includes.get(index);
            List<Loading> related = loadInclude(parents, index, include);
            if (!include.nested().isEmpty()) {
                loadLevel(related, include.nested());
            }
        }
    }

    /**
     * Loads one include for all parents into their lists at {@code index}; returns the related rows
     * that have nested includes to load, each once, however many parents share it.
     */
    private List<Loading> loadInclude(List<Loading> parents, int index, Include include) {
        RelationLink link = include.relation().link();
        Map<Object, List<List<RowTree>>> ownersByKey = new LinkedHashMap<>();
        for (Loading parent : parents) {
            Object key = key(parent.row, link.parentKey());
            if (key != null) {
                ownersByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(parent.related[index]);
            }
        }
        List<Loading> related = new ArrayList<>();
        if (ownersByKey.isEmpty()) {
            return related;
        }
        RelatedSelects selects = new RelatedSelects(include, transaction.dialect());
        RowLayout childLayout = new RowLayout(link.child().columns());
        int[] grouping = new int[link.groupingColumns().size()];
        for (int i = 0; i < grouping.length; i++) {
            grouping[i] = selects.groupingPosition(i);
        }
        boolean narrow = link.through() == null && include.limitPerParent() == null;
        List<Include> nested = include.nested();
        List<Object> keys = new ArrayList<>(ownersByKey.keySet());
        for (int start = 0; start < keys.size(); start += selects.keysPerStatement()) {
            List<Object> batch = keys.subList(start, Math.min(keys.size(), start + selects.keysPerStatement()));
            for (Row fetched : transaction.fetch(selects.forKeys(batch))) {
                List<List<RowTree>> owners = ownersByKey.get(key(fetched, grouping));
                if (owners == null) {
                    continue;
                }
                Row childRow = narrow ? fetched : narrowed(fetched, childLayout, selects.childColumnCount());
                RowTree tree;
                if (nested.isEmpty()) {
                    tree = new RowTree(childRow, Map.of());
                } else {
                    Loading child = new Loading(childRow, nested);
                    related.add(child);
                    tree = child.tree;
                }
                for (List<RowTree> owner : owners) {
                    owner.add(tree);
                }
            }
        }
        return related;
    }

    private static Row narrowed(Row fetched, RowLayout layout, int columns) {
        Object[] values = new Object[columns];
        for (int i = 0; i < columns; i++) {
            values[i] = fetched.get(i);
        }
        return new Row(layout, values);
    }

    /** The key of a parent row: its value, or the list of its values for a composite key; null if any is NULL. */
    private static Object key(Row row, List<Column<?>> columns) {
        if (columns.size() == 1) {
            return row.get(columns.get(0));
        }
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get((Expression<?>) columns.get(i));
            if (values[i] == null) {
                return null;
            }
        }
        return Arrays.asList(values);
    }

    private static Object key(Row row, int[] positions) {
        if (positions.length == 1) {
            return row.get(positions[0]);
        }
        Object[] values = new Object[positions.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(positions[i]);
        }
        return Arrays.asList(values);
    }

    /**
     * A row whose tree is made before its related rows load: the tree sees the lists the loader
     * fills, one per include of the row's level, through unmodifiable views.
     */
    private static final class Loading {
        final Row row;
        final RowTree tree;
        final List<RowTree>[] related;

        @SuppressWarnings("unchecked")
        Loading(Row row, List<Include> includes) {
            this.row = row;
            this.related = new List[includes.size()];
            for (int i = 0; i < related.length; i++) {
                related[i] = new ArrayList<>();
            }
            this.tree = new RowTree(row, views(includes, related));
        }

        private static Map<Relation<?, ?>, List<RowTree>> views(List<Include> includes, List<RowTree>[] related) {
            if (related.length == 0) {
                return Map.of();
            }
            if (related.length == 1) {
                return Map.of(includes.get(0).relation(), Collections.unmodifiableList(related[0]));
            }
            Map<Relation<?, ?>, List<RowTree>> views = new HashMap<>(related.length * 2);
            for (int i = 0; i < related.length; i++) {
                views.put(includes.get(i).relation(), Collections.unmodifiableList(related[i]));
            }
            return Collections.unmodifiableMap(views);
        }
    }
}
