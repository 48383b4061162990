package dev.quarry.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Database;
import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.render.TableDefinitions;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Changes that need data are graded by the rows of the live table: CAUTION while it is empty,
 * DESTRUCTIVE with the row count once it has rows; only the tables concerned are counted.
 */
class DataAwareGradesTest {

    /** The live table with a NOT NULL column added that has no default. */
    static final class WithQuantity extends Table {
        final Column<Integer> id = integer("id");
        final Column<String> code = varchar("code", 40);
        final Column<Integer> quantity = integer("quantity");

        WithQuantity() {
            super("dg_items");
            primaryKey(id);
        }
    }

    /** The live table with its code narrowed. */
    static final class NarrowCode extends Table {
        final Column<Integer> id = integer("id");
        final Column<String> code = varchar("code", 10);

        NarrowCode() {
            super("dg_items");
            primaryKey(id);
        }
    }

    /** Another live table, changed in a way that needs no data. */
    static final class OtherWithNote extends Table {
        final Column<Integer> id = integer("id");
        final Column<String> note = varchar("note", 20).nullable();

        OtherWithNote() {
            super("dg_other");
            primaryKey(id);
        }
    }

    private static PlannedChange change(MigrationPlan plan, String text) {
        return plan.changes().stream().filter(change -> change.reason().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("a change mentioning '" + text + "' in\n" + plan.describe()));
    }

    @OnEveryDialect
    void aNotNullColumnWithoutDefaultAndANarrowerTypeAreGradedByTheRows(TestTarget target) {
        Database database = SchemaEvolutionTest.open(target);
        SchemaEvolutionTest.dropAll(database);
        SchemaEvolutionTest.apply(database, List.of(
                "CREATE TABLE dg_items (id INTEGER NOT NULL PRIMARY KEY, code VARCHAR(40) NOT NULL)",
                "CREATE TABLE dg_other (id INTEGER NOT NULL PRIMARY KEY)",
                "INSERT INTO dg_other (id) VALUES (1)"));
        List<Table> withQuantity = List.of(new WithQuantity(), new OtherWithNote());
        List<Table> narrow = List.of(new NarrowCode(), new OtherWithNote());

        List<String> counted = new ArrayList<>();
        RowCounts recording = table -> {
            counted.add(table);
            return OptionalLong.of(0);
        };
        SchemaDiff.between(SchemaPlanner.readLive(database, List.of()),
                withQuantity.stream().map(table -> TableDefinitions.of(table, database.dialect()))
                        .toList(), database.dialect(), Renames.none(), recording);
        assertEquals(List.of("dg_items"), counted, "only the table whose change needs data is counted");

        PlannedChange emptyAdd = change(SchemaPlanner.plan(database, withQuantity, Renames.none(), List.of()), "quantity");
        assertEquals(Grade.CAUTION, emptyAdd.grade(), emptyAdd.reason());
        assertTrue(emptyAdd.reason().contains("dg_items is empty now, but it fails if rows come before it runs"),
                emptyAdd.reason());
        PlannedChange emptyNarrow = change(SchemaPlanner.plan(database, narrow, Renames.none(), List.of()), "change type");
        assertEquals(Grade.CAUTION, emptyNarrow.grade(), emptyNarrow.reason());
        assertTrue(emptyNarrow.reason().contains("dg_items is empty now, so no value is cut"), emptyNarrow.reason());
        PlannedChange note = change(SchemaPlanner.plan(database, narrow, Renames.none(), List.of()), "note");
        assertEquals(Grade.SAFE, note.grade(), "a nullable column needs no data: " + note.reason());

        SchemaEvolutionTest.apply(database, List.of("INSERT INTO dg_items (id, code) VALUES (1, 'a'), (2, 'b'), (3, 'c')"));
        MigrationPlan addPlan = SchemaPlanner.plan(database, withQuantity, Renames.none(), List.of());
        PlannedChange add = change(addPlan, "quantity");
        assertEquals(Grade.DESTRUCTIVE, add.grade(), add.reason());
        boolean fillsImplicitly = SchemaConventions.of(database.dialect()).fillsNewNotNullColumnsImplicitly();
        assertTrue(add.reason().contains(fillsImplicitly
                ? "the 3 rows of dg_items get the type's implicit default (0, '') instead of real values"
                : "will fail: dg_items has 3 rows"), add.reason());
        assertTrue(add.reason().contains("give it a default, or add it nullable, fill it, then make it NOT NULL"),
                add.reason());
        PlannedChange narrowing = change(SchemaPlanner.plan(database, narrow, Renames.none(), List.of()), "change type");
        assertEquals(Grade.DESTRUCTIVE, narrowing.grade(), narrowing.reason());
        assertTrue(narrowing.reason().contains("values that do not fit are cut or rejected (dg_items has 3 rows)"),
                narrowing.reason());

        List<String> statements = addPlan.upStatements();
        if (fillsImplicitly) {
            // MySQL and MariaDB fill the rows instead of failing, which the grade says.
            SchemaEvolutionTest.apply(database, statements);
            long zeros = new LiveRowCounts(database).rows("dg_items").getAsLong();
            assertEquals(3L, zeros, "the rows are still there on " + target);
            long filled = database.internals().withConnection(connection -> {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery("SELECT COUNT(*) FROM dg_items WHERE quantity = 0")) {
                    rows.next();
                    return rows.getLong(1);
                }
            });
            assertEquals(3L, filled, "every row got the implicit default 0 on " + target);
        } else {
            assertThrows(Exception.class, () -> SchemaEvolutionTest.apply(database, statements),
                    "adding the column fails on " + target + " as the grade says");
        }
        SchemaEvolutionTest.dropAll(database);
    }
}
