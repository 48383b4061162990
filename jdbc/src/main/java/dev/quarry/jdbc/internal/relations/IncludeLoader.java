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
import dev.quarry.sql.RelationLink;
import dev.quarry.sql.Select;
import dev.quarry.sql.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
        List<Node> nodes = new ArrayList<>(parents.size());
        for (Row row : parents) {
            nodes.add(new Node(row));
        }
        new IncludeLoader(transaction).loadLevel(nodes, includes);
        List<RowTree> trees = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            trees.add(node.toTree());
        }
        return trees;
    }

    private void loadLevel(List<Node> parents, List<Include> includes) {
        for (Include include : includes) {
            List<Node> related = loadInclude(parents, include);
            if (!include.nested().isEmpty()) {
                loadLevel(related, include.nested());
            }
        }
    }

    /** Loads one include for all parents; returns every related node, for the nested includes. */
    private List<Node> loadInclude(List<Node> parents, Include include) {
        RelationLink link = include.relation().link();
        Map<Object, List<Node>> parentsByKey = new LinkedHashMap<>();
        for (Node parent : parents) {
            parent.children.put(include.relation(), new ArrayList<>());
            Object key = key(parent.row, link.parentKey());
            if (key != null) {
                parentsByKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(parent);
            }
        }
        List<Node> related = new ArrayList<>();
        if (parentsByKey.isEmpty()) {
            return related;
        }
        RelatedSelects selects = new RelatedSelects(include, transaction.dialect());
        RowLayout childLayout = new RowLayout(link.child().columns());
        int[] grouping = new int[link.groupingColumns().size()];
        for (int i = 0; i < grouping.length; i++) {
            grouping[i] = selects.groupingPosition(i);
        }
        boolean narrow = link.through() == null && include.limitPerParent() == null;
        List<Object> keys = new ArrayList<>(parentsByKey.keySet());
        for (int start = 0; start < keys.size(); start += selects.keysPerStatement()) {
            List<Object> batch = keys.subList(start, Math.min(keys.size(), start + selects.keysPerStatement()));
            for (Row fetched : transaction.fetch(selects.forKeys(batch))) {
                Row childRow = narrow ? fetched : narrowed(fetched, childLayout, selects.childColumnCount());
                Object key = key(fetched, grouping);
                List<Node> owners = parentsByKey.get(key);
                if (owners == null) {
                    continue;
                }
                for (Node owner : owners) {
                    Node node = new Node(childRow);
                    owner.children.get(include.relation()).add(node);
                    related.add(node);
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

    /** A row and its related rows while they load. */
    private static final class Node {
        final Row row;
        final Map<dev.quarry.sql.Relation<?, ?>, List<Node>> children = new IdentityHashMap<>(2);

        Node(Row row) {
            this.row = row;
        }

        RowTree toTree() {
            if (children.isEmpty()) {
                return new RowTree(row, Map.of());
            }
            Map<dev.quarry.sql.Relation<?, ?>, List<RowTree>> trees = new HashMap<>(children.size() * 2);
            for (Map.Entry<dev.quarry.sql.Relation<?, ?>, List<Node>> entry : children.entrySet()) {
                List<RowTree> list = new ArrayList<>(entry.getValue().size());
                for (Node child : entry.getValue()) {
                    list.add(child.toTree());
                }
                trees.put(entry.getKey(), List.copyOf(list));
            }
            return new RowTree(row, Map.copyOf(trees));
        }
    }
}
