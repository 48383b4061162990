package dev.quarry.render;

import static dev.quarry.GoldenSql.assertRendered;
import static dev.quarry.dialect.Dialects.MYSQL;
import static dev.quarry.dialect.Dialects.POSTGRESQL;
import static dev.quarry.dialect.Dialects.SQLITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.schema.ColumnDefinition;
import dev.quarry.sql.Column;
import dev.quarry.sql.CreateTable;
import dev.quarry.sql.Table;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Columns that declare the database's own spelling of their type and collation, for tables created elsewhere. */
class DeclaredDdlRenderingTest {

    static final class Legacy extends Table {
        static final Legacy LEGACY = new Legacy();
        final Column<String> name = varchar("name", 30).databaseType("NVARCHAR(30)");
        final Column<@Nullable LocalDateTime> seen = datetime("seen").databaseType("DATETIME").nullable();
        final Column<String> plain = text("plain").collation(null);
        final Column<String> german = text("german").collation("de-DE-x-icu");

        private Legacy() {
            super("legacy");
        }
    }

    @Test
    void theDeclaredTypeReplacesTheDialectsName() {
        assertRendered(new CreateTable(Legacy.LEGACY, false), POSTGRESQL, "CREATE TABLE \"legacy\" ("
                + "\"name\" NVARCHAR(30) COLLATE \"C\" NOT NULL, \"seen\" DATETIME, \"plain\" TEXT NOT NULL, "
                + "\"german\" TEXT COLLATE \"de-DE-x-icu\" NOT NULL)");
        assertEquals("DATETIME", TableDefinitions.column(Legacy.LEGACY.seen, MYSQL).type());
        ColumnDefinition name = TableDefinitions.column(Legacy.LEGACY.name, SQLITE);
        assertEquals("NVARCHAR(30)", name.type());
        assertEquals(30, name.characterLimit(), "the length is still checked on writes");
    }

    @Test
    void aDeclaredCollationReplacesQuarrysOwnAndNullMeansTheDatabaseDefault() {
        assertNull(TableDefinitions.column(Legacy.LEGACY.plain, POSTGRESQL).collation());
        assertEquals("de-DE-x-icu", TableDefinitions.column(Legacy.LEGACY.german, POSTGRESQL).collation());
        assertEquals("C", TableDefinitions.column(Legacy.LEGACY.name, POSTGRESQL).collation(),
                "without a declaration a PostgreSQL text column gets Quarry's code-point collation");
        assertTrue(Legacy.LEGACY.plain.declaresCollation());
        assertEquals("NVARCHAR(30)", Legacy.LEGACY.name.declaredTypeName());
    }

    @Test
    void badNamesAreRefusedNamingTheColumn() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class, () -> new Table("t") {
            final Column<String> name = text("name").databaseType("TEXT; DROP TABLE t");
        });
        assertEquals("\"TEXT; DROP TABLE t\" is not a type name for t.name: give the type as the database spells it,"
                + " without a semicolon or comment", type.getMessage());
        IllegalArgumentException collation = assertThrows(IllegalArgumentException.class, () -> new Table("t") {
            final Column<String> name = text("name").collation("C\" --");
        });
        assertEquals("\"C\" --\" is not a collation name for t.name: use letters, digits, '_', '.', '@' and '-'",
                collation.getMessage());
    }
}
