package dev.quarry.sql;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A named way from the rows of one table ({@link #parent()}) to related rows of another
 * ({@link #child()}), declared as a field of the table object next to its foreign keys, without
 * reflection:
 *
 * <pre>{@code
 * public final Column<Long> authorId = bigint("author_id").references(AUTHORS.id);
 * public final Relation<Books, Authors> author = manyToOne("author", AUTHORS, authorId);
 * // in Authors, the inverse, resolved on first use because the two tables refer to each other:
 * public final Relation<Authors, Books> books = oneToMany("books", () -> BOOKS.author);
 * }</pre>
 *
 * <p>A many-to-one relation is checked when its table is constructed: its columns must belong to
 * the declaring table and match a key of the target table, pairwise by type (a declared foreign key
 * from those columns, else the target's primary key). The inverse kinds name the many-to-one
 * relations they are built from through a supplier, because two table objects cannot both see each
 * other while they are constructed; they are checked the first time they are resolved
 * ({@link #link()}, which every include calls), and a failure names both tables and their columns.
 *
 * <p>Relations compare by identity. Thread-safe: resolving is idempotent.
 *
 * @param <P> the table the relation starts at
 * @param <C> the related table
 */
public final class Relation<P extends Table, C extends Table> {
    private final Table parent;
    private final String name;
    private final RelationKind kind;
    private final Supplier<RelationLink> resolver;
    private volatile @Nullable RelationLink link;

    private Relation(Table parent, String name, RelationKind kind, Supplier<RelationLink> resolver) {
        this.parent = Objects.requireNonNull(parent, "parent");
        this.name = Identifiers.requireValid(name, "relation name");
        this.kind = kind;
        this.resolver = resolver;
    }

    /**
     * A many-to-one relation from {@code columns} of {@code parent} to the key of {@code target} they
     * reference; checked now unless the relation leads back to its own table, whose key may not be
     * declared yet.
     *
     * @throws IllegalArgumentException naming both tables and their columns if the columns match no key of the target
     */
    public static <P extends Table, C extends Table> Relation<P, C> manyToOne(P parent, String name, C target,
            List<? extends Column<?>> columns) {
        List<Column<?>> own = List.copyOf(columns);
        Relation<P, C> relation = new Relation<>(parent, name, RelationKind.MANY_TO_ONE,
                () -> RelationChecks.manyToOne(parent, name, target, own));
        if (target != parent) {
            relation.link();
        }
        return relation;
    }

    /** A many-to-one relation from columns of {@code parent}; see {@link #manyToOne(Table, String, Table, List)}. */
    public static <P extends Table, C extends Table> Relation<P, C> manyToOne(P parent, String name, C target,
            Column<?>... columns) {
        return manyToOne(parent, name, target, List.of(columns));
    }

    /** The rows of another table whose many-to-one relation {@code inverse} leads to this row. */
    public static <P extends Table, C extends Table> Relation<P, C> oneToMany(P parent, String name,
            Supplier<Relation<C, P>> inverse) {
        Objects.requireNonNull(inverse, "inverse");
        return new Relation<>(parent, name, RelationKind.ONE_TO_MANY,
                () -> RelationChecks.inverse(parent, name, inverse.get(), false));
    }

    /** The one row of another table whose many-to-one relation {@code inverse}, on unique columns, leads to this row. */
    public static <P extends Table, C extends Table> Relation<P, C> oneToOne(P parent, String name,
            Supplier<Relation<C, P>> inverse) {
        Objects.requireNonNull(inverse, "inverse");
        return new Relation<>(parent, name, RelationKind.ONE_TO_ONE,
                () -> RelationChecks.inverse(parent, name, inverse.get(), true));
    }

    /**
     * The rows of {@code target}'s table linked to this row through a join table: {@code toParent}
     * and {@code toChild} are the join table's many-to-one relations to the two sides.
     */
    public static <P extends Table, C extends Table, J extends Table> Relation<P, C> manyToMany(P parent, String name,
            Supplier<Relation<J, P>> toParent, Supplier<Relation<J, C>> toChild) {
        Objects.requireNonNull(toParent, "toParent");
        Objects.requireNonNull(toChild, "toChild");
        return new Relation<>(parent, name, RelationKind.MANY_TO_MANY,
                () -> RelationChecks.manyToMany(parent, name, toParent.get(), toChild.get()));
    }

    /** The relation's name; nested results put the related rows in the property or component of this name. */
    public String name() {
        return name;
    }

    /** How many related rows a parent row may have. */
    public RelationKind kind() {
        return kind;
    }

    /** The table the relation starts at. */
    public Table parent() {
        return parent;
    }

    /** The related table. */
    public Table child() {
        return link().child();
    }

    /**
     * How related rows are found, resolved and checked on first call.
     *
     * @throws IllegalArgumentException naming both tables and their columns if the relation does not match their keys
     */
    public RelationLink link() {
        RelationLink resolved = link;
        if (resolved == null) {
            resolved = Objects.requireNonNull(resolver.get(), "relation link");
            link = resolved;
        }
        return resolved;
    }

    /** {@code authors.books}. */
    @Override
    public String toString() {
        return parent.tableName() + "." + name;
    }
}
