package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.tour.Publishers.PUBLISHERS;
import static dev.quarry.samples.java.tour.Storefront.STOREFRONT;
import static dev.quarry.samples.java.tour.Titles.TITLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quarry.dialect.TextSemantics;
import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.Row;
import dev.quarry.migrate.diff.Renames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the schema, types, errors and migrations snippets of docs/ on SQLite. */
class SchemaAndMigrationTourTest {

    private static Database open(String name) throws IOException {
        Path file = Files.createTempFile(name, ".db");
        file.toFile().deleteOnExit();
        return Database.connect(dev.quarry.jdbc.DatabaseConfig.builder("jdbc:sqlite:" + file).name(name).build());
    }

    @Test
    void migrationsAreGeneratedFromTheTableClassesAndApplied() throws IOException {
        Path directory = Files.createTempDirectory("catalogue-migrations");
        try (Database db = open("java-migration-tour")) {
            assertEquals(false, MigrationTour.migrateCatalogue(db, directory).changes().isEmpty());
            MigrationTour.seededMigrator(db, directory).up();
            assertEquals(1L, (long) db.transaction(tx -> tx.selectFrom(PUBLISHERS).count()));
            assertTrue(MigrationTour.seededMigrator(db, directory).diff(List.of(PUBLISHERS, TITLES), Renames.none()).isEmpty(),
                    "nothing left to migrate");
        }
    }

    @Test
    void customTypesJsonDocumentsAndTypedErrors() throws IOException {
        try (Database db = open("java-types-tour")) {
            db.inTransaction(tx -> {
                tx.createTable(STOREFRONT);
                tx.createTable(ErrorTour.Members.MEMBERS);
                tx.insertInto(STOREFRONT).set(STOREFRONT.price, new Storefront.Money(990))
                        .set(STOREFRONT.banner, new Storefront.Banner("Spring sale", true)).execute();
            });
            Row row = db.transaction(tx -> tx.selectFrom(STOREFRONT).fetchOne());
            assertEquals(new Storefront.Money(990), row.get(STOREFRONT.price));
            assertEquals(new Storefront.Banner("Spring sale", true), row.get(STOREFRONT.banner));
            assertTrue(ErrorTour.register(db, "grace@example.org"));
            assertFalse(ErrorTour.register(db, "grace@example.org"));
            db.inTransaction(tx -> {
                tx.createTable(PUBLISHERS);
                tx.createTable(TITLES);
            });
        }
    }

    @Test
    void settingsAreKeptAsGivenAndTheSecretIsNotShown() {
        dev.quarry.jdbc.DatabaseConfig settings = SettingsTour.shopSettings("s3cret");
        assertEquals(16, settings.poolSize());
        assertEquals("shop", settings.name());
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void aDatabaseCanLeaveTextToItsOwnCollations() {
        assertEquals(TextSemantics.DATABASE, SettingsTour.ownCollationSettings("jdbc:mariadb://localhost/shop").textSemantics());
        assertEquals(TextSemantics.CODE_POINT, SettingsTour.namedSettings("jdbc:mariadb://localhost/shop").textSemantics());
    }

    @Test
    void theNamingStrategyFollowsTheDatabase() {
        assertEquals("SKU", SettingsTour.namedSettings("jdbc:mariadb://localhost/shop").naming().databaseName("sku"));
        assertEquals("InStock", SettingsTour.namedSettings("jdbc:mariadb://localhost/shop").naming().databaseName("in_stock"));
        assertEquals("in_stock", SettingsTour.namedSettings("jdbc:postgresql://localhost/shop").naming().databaseName("in_stock"));
    }
}
