package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.Table
import dev.quarry.migrate.CodeMigration
import dev.quarry.migrate.Migrator
import dev.quarry.migrate.TableSet
import dev.quarry.migrate.diff.MigrationPlan
import dev.quarry.migrate.diff.Renames
import java.nio.file.Path

// Migrations from Kotlin: the table objects are the schema, the diff is generated into numbered
// files, and the runner applies them. docs/migrations.md shows the region between "docs:" markers;
// the samples' tests run it on SQLite.

/** Shelves of the bookshop, as the code declares them now. */
object Shelves : Table("shelves") {
    val id = long("id").autoIncrement()
    val label = varchar("label", 40)
    val floor = integer("floor").defaultValue(0)
    override val primaryKey = primaryKey(id)
    val byFloor = index(floor)
}

/** The application's tables, for `quarry-migrate --tables dev.quarry.samples.tour.ShopTables`. */
object ShopTables : TableSet {
    override fun tables(): List<Table> = listOf(Shelves)
}

// docs:migrator
/** A migrator of the numbered SQL files in a directory. */
fun fileMigrator(db: Database, directory: Path): Migrator = Migrator.builder(db).location(directory).build()

/** The same files plus a migration written in Kotlin, which seeds the first shelf. */
fun shopMigrator(db: Database, directory: Path): Migrator = Migrator.builder(db)
    .location(directory)
    .migration(CodeMigration.of(1000, "first shelf",
        { it.execute("INSERT INTO shelves (label, floor) VALUES (?, ?)", "Classics", 1) },
        { it.execute("DELETE FROM shelves WHERE label = ?", "Classics") }))
    .build()
// docs:end

/** What would make the database match the table objects, each change graded. */
fun pendingChanges(migrator: Migrator): MigrationPlan = migrator.diff(ShopTables.tables(), Renames.none())

/**
 * Writes the next migration from the diff, then applies everything pending, the seed included;
 * returns the files written.
 */
fun migrateShop(db: Database, directory: Path): List<Path> {
    val written = fileMigrator(db, directory).generate(directory, "shelves", ShopTables.tables(), Renames.none(), false)
    shopMigrator(db, directory).up()
    return written
}
