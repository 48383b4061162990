package dev.quarry.sql;

/** How many rows of the related table belong to one row of the table a {@link Relation} starts at. */
public enum RelationKind {
    /** A foreign key of this table to a key of another: at most one related row ({@code Books.author}). */
    MANY_TO_ONE(false),
    /** The inverse of a many-to-one: the rows whose foreign key references this row ({@code Authors.books}). */
    ONE_TO_MANY(true),
    /** The inverse of a many-to-one whose foreign key columns are unique: at most one related row. */
    ONE_TO_ONE(false),
    /** Rows of another table linked through a join table with a foreign key to each side. */
    MANY_TO_MANY(true);

    private final boolean toMany;

    RelationKind(boolean toMany) {
        this.toMany = toMany;
    }

    /** Whether a row may have several related rows (a list), rather than at most one. */
    public boolean isToMany() {
        return toMany;
    }
}
