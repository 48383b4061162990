package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the rows of a {@link Relation} are found from its parent rows, once both tables exist: the
 * related rows of a parent are the {@code child} rows whose {@link #groupingColumns()} equal the
 * parent's {@code parentKey}, pairwise. For a many-to-many relation those grouping columns are the
 * join table's columns that reference the parent, and the child rows are joined to the join table
 * by {@code throughChildColumns = childKey}.
 *
 * <p>Checked on construction: the key lists are pairwise of the same SQL type and of one table
 * each. Immutable.
 *
 * @param parent the table the relation starts at
 * @param parentKey the columns of {@code parent} whose values identify the related rows
 * @param child the related table
 * @param childKey the columns of {@code child} that equal {@code parentKey} (direct relations), or
 *     that the join table references (many-to-many)
 * @param through the join table of a many-to-many relation, or null
 * @param throughParentColumns the join table's columns that reference {@code parentKey}, or empty
 * @param throughChildColumns the join table's columns that reference {@code childKey}, or empty
 */
public record RelationLink(Table parent, List<Column<?>> parentKey, Table child, List<Column<?>> childKey,
        @Nullable Table through, List<Column<?>> throughParentColumns, List<Column<?>> throughChildColumns) {

    public RelationLink {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        parentKey = List.copyOf(parentKey);
        childKey = List.copyOf(childKey);
        throughParentColumns = List.copyOf(throughParentColumns);
        throughChildColumns = List.copyOf(throughChildColumns);
        if (through == null) {
            requirePairs(parentKey, childKey);
        } else {
            requirePairs(parentKey, throughParentColumns);
            requirePairs(throughChildColumns, childKey);
        }
    }

    /** A link of two tables by equal columns, without a join table. */
    public static RelationLink direct(List<Column<?>> parentKey, List<Column<?>> childKey) {
        return new RelationLink(parentKey.get(0).table(), parentKey, childKey.get(0).table(), childKey, null,
                List.of(), List.of());
    }

    /** The columns of each fetched related row that hold its parent's key: the child's own, or the join table's. */
    public List<Column<?>> groupingColumns() {
        return through == null ? childKey : throughParentColumns;
    }

    /** The same link seen from the other side (only for links without a join table). */
    public RelationLink inverse() {
        if (through != null) {
            throw new IllegalStateException("a many-to-many link is not inverted");
        }
        return direct(childKey, parentKey);
    }

    private static void requirePairs(List<Column<?>> left, List<Column<?>> right) {
        if (left.isEmpty() || left.size() != right.size()) {
            throw new IllegalArgumentException("a relation pairs columns " + KeyColumns.describe(left) + " of "
                    + tableOf(left) + " with " + KeyColumns.describe(right) + " of " + tableOf(right)
                    + "; give as many of each, at least one");
        }
        for (int i = 0; i < left.size(); i++) {
            if (!sameType(left.get(i).sqlType(), right.get(i).sqlType())) {
                throw new IllegalArgumentException("a relation pairs " + left.get(i).qualifiedName() + " ("
                        + left.get(i).sqlType().javaType().getSimpleName() + ") with " + right.get(i).qualifiedName() + " ("
                        + right.get(i).sqlType().javaType().getSimpleName() + "); paired columns must have the same type");
            }
        }
    }

    static boolean sameType(SqlType<?> one, SqlType<?> other) {
        return one.equals(other) || one instanceof VarcharType && other instanceof VarcharType;
    }

    private static String tableOf(List<Column<?>> columns) {
        return columns.isEmpty() ? "?" : columns.get(0).table().tableName();
    }
}
