package dev.quarry.sql;

import java.util.List;

/** Resolves and checks the links of the kinds of {@link Relation}; every failure names both tables and their columns. */
final class RelationChecks {
    private RelationChecks() {
    }

    static RelationLink manyToOne(Table parent, String name, Table target, List<Column<?>> columns) {
        String relation = parent.tableName() + "." + name;
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("relation " + relation + " needs at least one column of " + parent.tableName());
        }
        for (Column<?> column : columns) {
            if (column.table() != parent) {
                throw new IllegalArgumentException("relation " + relation + " starts at " + parent.tableName() + ", but "
                        + column.qualifiedName() + " is a column of another table");
            }
        }
        for (ForeignKey foreignKey : parent.foreignKeys()) {
            if (foreignKey.columns().equals(columns) && foreignKey.referencedTable() == target) {
                return RelationLink.direct(columns, foreignKey.referenced());
            }
        }
        List<Column<?>> key = target.primaryKeyColumns();
        if (key.size() != columns.size() || !sameTypes(columns, key)) {
            throw new IllegalArgumentException("relation " + relation + ": columns " + KeyColumns.describe(columns) + " of "
                    + parent.tableName() + " match no key of " + target.tableName() + ", whose primary key is "
                    + (key.isEmpty() ? "not declared" : KeyColumns.describe(key) + " of types " + types(key))
                    + ", and no foreign key of " + parent.tableName() + " from " + KeyColumns.describe(columns)
                    + " references " + target.tableName() + "; declare one, or give the primary key's columns in key order");
        }
        return RelationLink.direct(columns, key);
    }

    static RelationLink inverse(Table parent, String name, Relation<?, ?> inverse, boolean unique) {
        String relation = parent.tableName() + "." + name;
        if (inverse.kind() != RelationKind.MANY_TO_ONE) {
            throw new IllegalArgumentException("relation " + relation + " inverts " + inverse + ", which is "
                    + inverse.kind() + "; name a many-to-one relation of the other table");
        }
        RelationLink forward = inverse.link();
        if (forward.child() != parent) {
            throw new IllegalArgumentException("relation " + relation + " inverts " + inverse + ", whose columns "
                    + KeyColumns.describe(forward.parentKey()) + " reference " + forward.child().tableName() + " "
                    + KeyColumns.describe(forward.childKey()) + ", not " + parent.tableName());
        }
        if (unique && !forward.parent().isUniqueKey(forward.parentKey())) {
            throw new IllegalArgumentException("one-to-one relation " + relation + " needs columns "
                    + KeyColumns.describe(forward.parentKey()) + " of " + forward.parent().tableName()
                    + " to be unique, but they are neither its primary key nor a unique constraint; declare unique(…)"
                    + " on them, or use oneToMany");
        }
        return forward.inverse();
    }

    static RelationLink manyToMany(Table parent, String name, Relation<?, ?> toParent, Relation<?, ?> toChild) {
        String relation = parent.tableName() + "." + name;
        RelationLink parentSide = toParent.link();
        RelationLink childSide = toChild.link();
        if (toParent.kind() != RelationKind.MANY_TO_ONE || toChild.kind() != RelationKind.MANY_TO_ONE
                || parentSide.parent() != childSide.parent()) {
            throw new IllegalArgumentException("many-to-many relation " + relation + " needs two many-to-one relations"
                    + " of one join table, but got " + toParent + " (" + toParent.kind() + ") and " + toChild + " ("
                    + toChild.kind() + ")");
        }
        if (parentSide.child() != parent) {
            throw new IllegalArgumentException("many-to-many relation " + relation + ": " + toParent + " references "
                    + parentSide.child().tableName() + " " + KeyColumns.describe(parentSide.childKey()) + ", not "
                    + parent.tableName());
        }
        return new RelationLink(parent, parentSide.childKey(), childSide.child(), childSide.childKey(),
                parentSide.parent(), parentSide.parentKey(), childSide.parentKey());
    }

    private static boolean sameTypes(List<Column<?>> one, List<Column<?>> other) {
        for (int i = 0; i < one.size(); i++) {
            if (!RelationLink.sameType(one.get(i).sqlType(), other.get(i).sqlType())) {
                return false;
            }
        }
        return true;
    }

    private static String types(List<Column<?>> columns) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            text.append(i > 0 ? ", " : "").append(columns.get(i).sqlType().javaType().getSimpleName());
        }
        return text.append(')').toString();
    }
}
