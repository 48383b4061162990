package dev.quarry.migrate.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.jdbc.Row;
import dev.quarry.migrate.Migrator;
import dev.quarry.migrate.diff.MigrationPlan;
import dev.quarry.migrate.diff.Renames;
import dev.quarry.sql.Column;
import dev.quarry.sql.Table;
import dev.quarry.testkit.OnEveryDialect;
import dev.quarry.testkit.TestTarget;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulls ({@link PulledSchemas}) the Chinook schema (created by its upstream script) and a schema of every type (raw DDL)
 * into Kotlin and Java, compiles the generated sources, loads them, queries through them, and
 * diffs them against the database they came from: the diff must be empty.
 */
class PullRoundTripTest {
    @OnEveryDialect
    void generatedTablesCompileQueryAndDiffEmpty(TestTarget target) throws Exception {
        PulledSchemas schemas = PulledSchemas.get();
        PulledSchemas.Pulled pulled = schemas.byTarget.get(target.name());
        for (Language language : Language.values()) {
            GeneratedCode chinookCode = pulled.chinookCode().get(language);
            GeneratedCode kindsCode = pulled.kindsCode().get(language);
            assertEquals(11, chinookCode.files().size(), "one file per Chinook table: " + chinookCode.files());
            String unsupported = EveryTypeSchema.unsupportedColumn(target.family());
            assertTrue(kindsCode.warnings().stream().anyMatch(warning -> warning.startsWith(unsupported + " is declared as text")),
                    "a warning names " + unsupported + ": " + kindsCode.warnings());
            ClassLoader loader = schemas.loaders.get(language);

            List<Table> chinookTables = tables(loader, chinookCode);
            assertEquals(11, chinookTables.size(), "the Chinook tables load");
            assertNoChange(pulled.chinook(), chinookTables, language);
            Table track = named(chinookTables, "Track");
            long tracks = pulled.chinook().transaction(transaction -> transaction.selectFrom(track).count());
            assertEquals(3503L, tracks, "tracks counted through the generated " + language + " table");

            List<Table> kindTables = tables(loader, kindsCode);
            assertNoChange(pulled.kinds(), kindTables, language);
            Table kindsTable = named(kindTables, "Kinds");
            Row row = pulled.kinds().transaction(transaction -> transaction.selectFrom(kindsTable).fetchOne());
            assertEquals(7, row.get(column(kindsTable, "number")), "integer read through the generated table");
            assertEquals(8000000000L, row.get(column(kindsTable, "bigNumber")), "bigint read through the generated table");
            assertEquals("first", row.get(column(kindsTable, "name")), "varchar read through the generated table");
            assertEquals(Boolean.TRUE, row.get(column(kindsTable, "flag")), "boolean read through the generated table");
            assertEquals(0, new BigDecimal("12.34").compareTo((BigDecimal) row.get(column(kindsTable, "price"))),
                    "decimal read through the generated table");
            Table notes = named(kindTables, "KindNotes");
            long noteCount = pulled.kinds().transaction(transaction -> transaction.selectFrom(notes).count());
            assertEquals(1L, noteCount, "notes counted through the generated " + language + " table");
        }
    }

    private static void assertNoChange(dev.quarry.jdbc.Database database, List<Table> tables, Language language) {
        MigrationPlan plan = Migrator.builder(database).build().diff(tables, Renames.none());
        assertTrue(plan.isEmpty(), "diff of the generated " + language + " tables against their database:\n"
                + plan.describe());
    }

    /** The table instances of the generated classes: Kotlin objects and Java classes' static instances. */
    private static List<Table> tables(ClassLoader loader, GeneratedCode code) throws Exception {
        List<Table> tables = new ArrayList<>();
        for (GeneratedFile file : code.files()) {
            String name = file.relativePath().substring(0, file.relativePath().lastIndexOf('.')).replace('/', '.');
            Class<?> type = Class.forName(name, true, loader);
            if (!Table.class.isAssignableFrom(type)) {
                continue;
            }
            for (Field field : type.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                    tables.add((Table) field.get(null));
                }
            }
        }
        return tables;
    }

    private static Table named(List<Table> tables, String simpleName) {
        return tables.stream().filter(table -> table.getClass().getSimpleName().equals(simpleName)).findFirst()
                .orElseThrow(() -> new AssertionError("no generated table " + simpleName + " among " + tables));
    }

    private static Column<?> column(Table table, String property) throws ReflectiveOperationException {
        Field field;
        try {
            field = table.getClass().getField(property);
        } catch (NoSuchFieldException e) {
            field = table.getClass().getDeclaredField(property);
            field.setAccessible(true);
        }
        return (Column<?>) field.get(table);
    }
}
