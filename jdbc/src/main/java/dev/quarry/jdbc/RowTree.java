package dev.quarry.jdbc;

import dev.quarry.sql.Expression;
import dev.quarry.sql.Relation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A row with the related rows its query included, each again a tree:
 * {@code tree.children(AUTHORS.books)} are the author's books, in the include's order.
 *
 * <p>Immutable and detached from the connection; safe to keep and share.
 */
public final class RowTree {
    private final Row row;
    private final Map<Relation<?, ?>, List<RowTree>> children;

    /** A row and its related rows by relation; the map and lists are owned by the tree from now on. */
    public RowTree(Row row, Map<Relation<?, ?>, List<RowTree>> children) {
        this.row = row;
        this.children = children;
    }

    /** The row itself. */
    public Row row() {
        return row;
    }

    /** The value of a selected expression of the row itself; see {@link Row#get(Expression)}. */
    public <T extends @Nullable Object> T get(Expression<T> expression) {
        return row.get(expression);
    }

    /** The relations whose rows this tree holds. */
    public Set<Relation<?, ?>> relations() {
        return children.keySet();
    }

    /**
     * The related rows of an included relation, in the include's order; empty when there are none.
     *
     * @throws IllegalArgumentException if the query did not include the relation
     */
    public List<RowTree> children(Relation<?, ?> relation) {
        List<RowTree> related = children.get(relation);
        if (related == null) {
            throw new IllegalArgumentException("relation " + relation + " was not included; this row holds "
                    + (children.isEmpty() ? "no relations" : children.keySet()) + "; add include(" + relation + ")");
        }
        return related;
    }

    /**
     * The one related row of an included to-one relation (many-to-one, one-to-one), or null.
     *
     * @throws IllegalArgumentException if the query did not include the relation, or it found several rows
     */
    public @Nullable RowTree child(Relation<?, ?> relation) {
        List<RowTree> related = children(relation);
        if (related.size() > 1) {
            throw new IllegalArgumentException("relation " + relation + " has " + related.size()
                    + " rows for this row; read them with children(…)");
        }
        return related.isEmpty() ? null : related.get(0);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowTree tree && tree.row.equals(row) && tree.children.equals(children);
    }

    @Override
    public int hashCode() {
        return row.hashCode() * 31 + children.hashCode();
    }

    @Override
    public String toString() {
        return children.isEmpty() ? row.toString() : row + " with " + children;
    }
}
