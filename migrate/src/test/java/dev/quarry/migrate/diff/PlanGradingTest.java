package dev.quarry.migrate.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.Dialects;
import dev.quarry.migrate.schema.SchemaConventions;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grades, renames and canonical spellings, planned from definitions without a database. */
class PlanGradingTest {
    private static final ColumnDefinition ID = new ColumnDefinition("id", "BIGINT", null, false, null, true, 0);

    private static TableDefinition table(String name, ColumnDefinition... columns) {
        List<ColumnDefinition> all = new java.util.ArrayList<>(List.of(ID));
        all.addAll(List.of(columns));
        return new TableDefinition(name, all, List.of("id"), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static ColumnDefinition column(String name, String type, boolean nullable) {
        return new ColumnDefinition(name, type, null, nullable, null, false, 0);
    }

    @Test
    void aRenamedColumnIsADropAndAnAddUnlessTheRenameIsDeclared() {
        TableDefinition live = table("people", column("email", "VARCHAR(100)", true));
        TableDefinition declared = table("people", column("email_address", "VARCHAR(100)", true));
        MigrationPlan guessed = SchemaDiff.between(List.of(live), List.of(declared), Dialects.POSTGRESQL, Renames.none());
        assertEquals(Grade.DESTRUCTIVE, guessed.grade(), guessed.describe());
        assertEquals(2, guessed.changes().size(), guessed.describe());
        MigrationPlan renamed = SchemaDiff.between(List.of(live), List.of(declared), Dialects.POSTGRESQL,
                Renames.none().column("people", "email", "email_address"));
        assertEquals(List.of(new SchemaChange.RenameColumn("people", "email", "email_address")),
                renamed.changes().stream().map(PlannedChange::change).toList(), renamed.describe());
        assertEquals(Grade.SAFE, renamed.grade());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> SchemaDiff.between(
                List.of(live), List.of(declared), Dialects.POSTGRESQL, Renames.none().column("people", "mail", "x")));
        assertTrue(missing.getMessage().contains("people.mail"), missing.getMessage());
    }

    @Test
    void typeChangesAreCautionWhenTheyWidenAndDestructiveOtherwise() {
        String[][] cases = {
            {"VARCHAR(50)", "VARCHAR(100)", "CAUTION"}, {"VARCHAR(100)", "VARCHAR(50)", "DESTRUCTIVE"},
            {"INTEGER", "BIGINT", "CAUTION"}, {"BIGINT", "INTEGER", "DESTRUCTIVE"}, {"VARCHAR(10)", "TEXT", "CAUTION"},
            {"TEXT", "VARCHAR(10)", "DESTRUCTIVE"}, {"NUMERIC(10, 2)", "NUMERIC(12, 3)", "CAUTION"},
            {"NUMERIC(10, 2)", "NUMERIC(10, 3)", "DESTRUCTIVE"}, {"REAL", "DOUBLE PRECISION", "CAUTION"},
            {"BOOLEAN", "INTEGER", "DESTRUCTIVE"},
        };
        for (String[] change : cases) {
            MigrationPlan plan = SchemaDiff.between(List.of(table("t", column("c", change[0], true))),
                    List.of(table("t", column("c", change[1], true))), Dialects.POSTGRESQL, Renames.none());
            assertEquals(Grade.valueOf(change[2]), plan.grade(), change[0] + " -> " + change[1] + ": " + plan.describe());
        }
    }

    @Test
    void newColumnsAreSafeWhenNullableAndCautionWhenTheyMustHoldAValue() {
        MigrationPlan nullable = SchemaDiff.between(List.of(table("t")), List.of(table("t", column("c", "TEXT", true))),
                Dialects.MARIADB, Renames.none());
        assertEquals(Grade.SAFE, nullable.grade(), nullable.describe());
        MigrationPlan required = SchemaDiff.between(List.of(table("t")),
                List.of(table("t", column("c", "TEXT", false))), Dialects.MARIADB, Renames.none());
        assertEquals(Grade.CAUTION, required.grade(), required.describe());
        assertTrue(required.describe().contains("fails if the table has rows"), required.describe());
        MigrationPlan dropped = SchemaDiff.between(List.of(table("t"), table("u")), List.of(table("t")),
                Dialects.SQLITE, Renames.none());
        DestructiveChangeException refused = assertThrows(DestructiveChangeException.class,
                () -> dropped.requireAllowed(false));
        assertTrue(refused.getMessage().contains("drop table u"), refused.getMessage());
        assertEquals(dropped, dropped.requireAllowed(true));
    }

    @Test
    void rowCountsTurnDataChangesIntoCautionOnEmptyTablesAndDestructiveOnFullOnes() {
        List<TableDefinition> live = List.of(table("t", column("c", "VARCHAR(100)", true)));
        List<TableDefinition> declared = List.of(table("t", column("c", "VARCHAR(50)", true), column("n", "TEXT", false)));
        MigrationPlan empty = SchemaDiff.between(live, declared, Dialects.POSTGRESQL, Renames.none(),
                table -> java.util.OptionalLong.of(0));
        assertEquals(Grade.CAUTION, empty.grade(), empty.describe());
        MigrationPlan one = SchemaDiff.between(live, declared, Dialects.POSTGRESQL, Renames.none(),
                table -> java.util.OptionalLong.of(1));
        assertEquals(Grade.DESTRUCTIVE, one.grade(), one.describe());
        assertTrue(one.describe().contains("will fail: t has 1 row;"), one.describe());
        assertTrue(one.describe().contains("(t has 1 row)"), one.describe());
        MigrationPlan filled = SchemaDiff.between(live, declared, Dialects.MARIADB, Renames.none(),
                table -> java.util.OptionalLong.of(7));
        assertTrue(filled.describe().contains("the 7 rows of t get the type's implicit default"), filled.describe());
        List<String> asked = new java.util.ArrayList<>();
        SchemaDiff.between(List.of(table("old_t", column("c", "VARCHAR(100)", true))), declared, Dialects.POSTGRESQL,
                Renames.none().table("old_t", "t"), table -> {
                    asked.add(table);
                    return java.util.OptionalLong.of(3);
                });
        assertEquals(List.of("old_t"), asked, "a renamed table is counted by its live name, once");
    }

        @Test
    void catalogSpellingsCompareEqualToDeclaredOnes() {
        SchemaConventions postgres = SchemaConventions.POSTGRESQL;
        assertEquals(postgres.type("character varying(64)"), postgres.type("VARCHAR(64)"));
        assertEquals(postgres.type("timestamp without time zone"), postgres.type("TIMESTAMP"));
        assertEquals(postgres.type("numeric(10,2)"), postgres.type("NUMERIC(10, 2)"));
        assertEquals(postgres.defaultSql("'abc'::character varying"), postgres.defaultSql("'abc'"));
        assertEquals(postgres.defaultSql("(CURRENT_TIMESTAMP AT TIME ZONE 'UTC'::text)"),
                postgres.defaultSql("(CURRENT_TIMESTAMP AT TIME ZONE 'UTC')"));
        SchemaConventions mysql = SchemaConventions.MYSQL;
        assertEquals(mysql.type("int(11)"), mysql.type("INT"));
        assertEquals(mysql.type("tinyint(1)"), mysql.type("BOOLEAN"));
        assertEquals(mysql.defaultSql("1"), mysql.defaultSql("(TRUE)"));
        assertEquals(mysql.defaultSql("utc_timestamp(6)"), mysql.defaultSql("(UTC_TIMESTAMP(6))"));
        assertTrue(!postgres.defaultSql("'A'").equals(postgres.defaultSql("'a'")), "string literals keep their case");
    }
}
