package dev.quarry.render;

import static dev.quarry.dialect.Dialects.MARIADB;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.UnsupportedFeatureException;
import dev.quarry.dialect.Dialect;
import dev.quarry.schema.CheckDefinition;
import dev.quarry.schema.ColumnDefinition;
import dev.quarry.schema.ForeignKeyDefinition;
import dev.quarry.schema.IndexDefinition;
import dev.quarry.schema.SchemaChange;
import dev.quarry.schema.TableDefinition;
import dev.quarry.schema.UniqueDefinition;
import dev.quarry.sql.ReferenceAction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden DDL of schema changes on each dialect. */
class SchemaChangeRenderingTest {
    private static final ColumnDefinition NAME_50 = new ColumnDefinition("name", "VARCHAR(50)", null, false, null, false, 50);
    private static final ColumnDefinition NAME_100 =
            new ColumnDefinition("name", "VARCHAR(100)", null, true, "'none'", false, 100);
    private static final UniqueDefinition UNIQUE_NAME = new UniqueDefinition("uq_people_name", List.of("name"));
    private static final ForeignKeyDefinition BOSS = new ForeignKeyDefinition("fk_people_boss", List.of("boss"),
            "people", List.of("id"), ReferenceAction.SET_NULL, ReferenceAction.NO_ACTION);
    private static final CheckDefinition CHECK = new CheckDefinition("ck_people_name", "\"name\" <> ''");
    private static final IndexDefinition BY_NAME = new IndexDefinition("ix_people_name", "people", List.of("name"), false);

    private static void assertDdl(SchemaChange change, Dialect dialect, String... expected) {
        assertEquals(List.of(expected), SchemaChangeRenderer.render(change, dialect), () -> change + " on " + dialect);
    }

    @Test
    void columnsAreAddedDroppedAndRenamedByAlterTable() {
        SchemaChange add = new SchemaChange.AddColumn("people", NAME_100);
        assertDdl(add, POSTGRESQL, "ALTER TABLE \"people\" ADD COLUMN \"name\" VARCHAR(100) DEFAULT 'none'");
        assertDdl(add, SQLITE,
                "ALTER TABLE \"people\" ADD COLUMN \"name\" VARCHAR(100) DEFAULT 'none' CHECK (length(\"name\") <= 100)");
        assertDdl(add, MARIADB, "ALTER TABLE `people` ADD COLUMN `name` VARCHAR(100) DEFAULT 'none'");
        assertDdl(new SchemaChange.DropColumn("people", NAME_50), POSTGRESQL, "ALTER TABLE \"people\" DROP COLUMN \"name\"");
        assertDdl(new SchemaChange.RenameColumn("people", "name", "full_name"), MYSQL,
                "ALTER TABLE `people` RENAME COLUMN `name` TO `full_name`");
        assertDdl(new SchemaChange.RenameTable("people", "persons"), SQLITE,
                "ALTER TABLE \"people\" RENAME TO \"persons\"");
    }

    @Test
    void alteringAColumnIsOneClausePerChangeOnPostgresAndTheWholeDefinitionOnMysql() {
        SchemaChange alter = new SchemaChange.AlterColumn("people", NAME_50, NAME_100);
        assertDdl(alter, POSTGRESQL, "ALTER TABLE \"people\" ALTER COLUMN \"name\" TYPE VARCHAR(100)"
                + " USING \"name\" ::VARCHAR(100), ALTER COLUMN \"name\" DROP NOT NULL,"
                + " ALTER COLUMN \"name\" SET DEFAULT 'none'");
        assertDdl(alter, MARIADB, "ALTER TABLE `people` MODIFY COLUMN `name` VARCHAR(100) DEFAULT 'none'");
        UnsupportedFeatureException refused = assertThrows(UnsupportedFeatureException.class,
                () -> SchemaChangeRenderer.render(alter, SQLITE));
        assertTrue(refused.getMessage().contains("rebuild table people"), refused.getMessage());
    }

    @Test
    void constraintsAreDroppedByTheKeywordOfEachDialect() {
        assertDdl(new SchemaChange.DropConstraint("people", UNIQUE_NAME), MYSQL,
                "ALTER TABLE `people` DROP INDEX `uq_people_name`");
        assertDdl(new SchemaChange.DropConstraint("people", BOSS), MYSQL,
                "ALTER TABLE `people` DROP FOREIGN KEY `fk_people_boss`");
        assertDdl(new SchemaChange.DropConstraint("people", CHECK), MYSQL, "ALTER TABLE `people` DROP CHECK `ck_people_name`");
        assertDdl(new SchemaChange.DropConstraint("people", CHECK), MARIADB,
                "ALTER TABLE `people` DROP CONSTRAINT `ck_people_name`");
        assertDdl(new SchemaChange.DropConstraint("people", BOSS), POSTGRESQL,
                "ALTER TABLE \"people\" DROP CONSTRAINT \"fk_people_boss\"");
        assertDdl(new SchemaChange.AddConstraint("people", BOSS), POSTGRESQL, "ALTER TABLE \"people\" ADD CONSTRAINT"
                + " \"fk_people_boss\" FOREIGN KEY (\"boss\") REFERENCES \"people\" (\"id\") ON DELETE SET NULL"
                + " ON UPDATE NO ACTION");
        assertThrows(UnsupportedFeatureException.class,
                () -> SchemaChangeRenderer.render(new SchemaChange.AddConstraint("people", CHECK), SQLITE));
    }

    @Test
    void indexesAreBuiltConcurrentlyOnPostgresOnlyAndDroppedWithTheirTableOnMysql() {
        assertDdl(new SchemaChange.CreateIndex(BY_NAME, true), POSTGRESQL,
                "CREATE INDEX CONCURRENTLY \"ix_people_name\" ON \"people\" (\"name\")");
        assertThrows(UnsupportedFeatureException.class,
                () -> SchemaChangeRenderer.render(new SchemaChange.CreateIndex(BY_NAME, true), MARIADB));
        assertDdl(new SchemaChange.DropIndex(BY_NAME), MARIADB, "DROP INDEX `ix_people_name` ON `people`");
        assertDdl(new SchemaChange.DropIndex(BY_NAME), SQLITE, "DROP INDEX \"ix_people_name\"");
    }

    @Test
    void sqliteRebuildsATableByCopyingItsRowsIntoTheNewDefinition() {
        ColumnDefinition id = new ColumnDefinition("id", "INTEGER", null, false, null, true, 0);
        TableDefinition before = new TableDefinition("people", List.of(id, NAME_50), List.of("id"), List.of(),
                List.of(), List.of(), List.of(), List.of());
        TableDefinition after = new TableDefinition("people", List.of(id, NAME_100), List.of("id"), List.of(),
                List.of(), List.of(CHECK), List.of(BY_NAME), List.of());
        assertDdl(new SchemaChange.RebuildTable(before, after, Map.of("id", "id", "name", "name")), SQLITE,
                "CREATE TABLE \"_quarry_rebuild_people\" (\"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                        + " \"name\" VARCHAR(100) DEFAULT 'none' CHECK (length(\"name\") <= 100),"
                        + " CONSTRAINT \"ck_people_name\" CHECK (\"name\" <> ''))",
                "INSERT INTO \"_quarry_rebuild_people\" (\"id\", \"name\") SELECT \"id\", \"name\" FROM \"people\"",
                "DROP TABLE \"people\"",
                "ALTER TABLE \"_quarry_rebuild_people\" RENAME TO \"people\"",
                "CREATE INDEX \"ix_people_name\" ON \"people\" (\"name\")");
    }
}
