package dev.quarry.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations are checked against the keys of both tables, and a mismatch names both tables and their columns. */
class RelationDeclarationTest {
    static final class Owners extends Table {
        final Column<Long> id = bigint("id");
        final Column<String> code = varchar("code", 8).unique();

        Owners() {
            super("owners");
            primaryKey(id);
        }
    }

    static final Owners OWNERS = new Owners();

    static final class Pets extends Table {
        final Column<Long> id = bigint("id");
        final Column<Long> ownerId = bigint("owner_id");
        final Column<String> ownerCode = varchar("owner_code", 8).references(OWNERS.code);
        final Column<String> name = varchar("name", 20);
        final Relation<Pets, Owners> owner = Relation.manyToOne(this, "owner", OWNERS, ownerId);
        final Relation<Pets, Owners> ownerByCode = Relation.manyToOne(this, "ownerByCode", OWNERS, ownerCode);

        Pets() {
            super("pets");
            primaryKey(id);
        }
    }

    static final Pets PETS = new Pets();

    @Test
    void aManyToOneUsesTheForeignKeyOfItsColumnsElseThePrimaryKey() {
        assertEquals(RelationLink.direct(List.of(PETS.ownerId), List.of(OWNERS.id)), PETS.owner.link());
        assertEquals(RelationLink.direct(List.of(PETS.ownerCode), List.of(OWNERS.code)), PETS.ownerByCode.link());
        assertSame(OWNERS, PETS.owner.child());
        assertEquals(RelationKind.MANY_TO_ONE, PETS.owner.kind());
        assertEquals("pets.owner", PETS.owner.toString());
    }

    @Test
    void columnsThatMatchNoKeyFailWhenTheTableIsDefined() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> new Table("bad_pets") {
            final Column<String> name = varchar("name", 20);
            final Relation<Table, Owners> owner = Relation.manyToOne(this, "owner", OWNERS, name);
        });
        assertEquals("relation bad_pets.owner: columns (name) of bad_pets match no key of owners, whose primary key is"
                + " (id) of types (Long), and no foreign key of bad_pets from (name) references owners; declare one,"
                + " or give the primary key's columns in key order", failure.getMessage());
    }

    @Test
    void anInverseOfARelationToAnotherTableFailsOnFirstUseNamingBothTables() {
        Relation<Owners, Owners> wrong = Relation.oneToMany(OWNERS, "wrong", () -> Relation.manyToOne(OWNERS, "self",
                OWNERS, OWNERS.id));
        assertEquals(RelationKind.ONE_TO_MANY, wrong.kind());
        Table other = new Table("others") {
            final Column<Long> id = bigint("id");
            {
                primaryKey(id);
            }
        };
        Relation<Table, Pets> notMine = Relation.oneToMany(other, "pets", () -> asRelation(PETS.owner));
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, notMine::link);
        assertEquals("relation others.pets inverts pets.owner, whose columns (owner_id) reference owners (id), not others",
                failure.getMessage());
    }

    @Test
    void aOneToOneNeedsUniqueForeignKeyColumns() {
        Relation<Owners, Pets> pet = Relation.oneToOne(OWNERS, "pet", () -> PETS.owner);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, pet::link);
        assertEquals("one-to-one relation owners.pet needs columns (owner_id) of pets to be unique, but they are neither"
                + " its primary key nor a unique constraint; declare unique(…) on them, or use oneToMany",
                failure.getMessage());
    }

    @Test
    void aManyToManyNeedsTwoManyToOneRelationsOfOneJoinTable() {
        Relation<Owners, Owners> mixed = Relation.manyToMany(OWNERS, "mixed", () -> PETS.owner, () -> PETS.owner);
        assertEquals(RelationKind.MANY_TO_MANY, mixed.kind());
        assertEquals(List.of(OWNERS.id), mixed.link().parentKey());
        Relation<Pets, Owners> wrongSide = Relation.manyToMany(PETS, "owners", () -> asRelation(PETS.owner), () -> PETS.owner);
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, wrongSide::link);
        assertEquals("many-to-many relation pets.owners: pets.owner references owners (id), not pets", failure.getMessage());
    }

    @SuppressWarnings("unchecked")
    private static <P extends Table, C extends Table> Relation<P, C> asRelation(Relation<?, ?> relation) {
        return (Relation<P, C>) relation;
    }
}
