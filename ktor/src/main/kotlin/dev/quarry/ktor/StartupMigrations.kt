package dev.quarry.ktor

import dev.quarry.jdbc.Database
import dev.quarry.migrate.Migrator
import org.slf4j.Logger

/**
 * Applies a database's pending migrations at start. The only class of this module that touches
 * `quarry-migrate`, an optional dependency: it is loaded only for a database with migrations.
 */
internal object StartupMigrations {

    fun run(database: Database, locations: List<String>, log: Logger) {
        val migrator = try {
            Migrator.builder(database).apply { locations.forEach(::location) }.build()
        } catch (missing: NoClassDefFoundError) {
            throw IllegalStateException(
                "migrateOnStart of database '${database.name()}' needs dev.quarry:quarry-migrate on the classpath",
                missing,
            )
        }
        val applied = migrator.up()
        if (applied.isEmpty()) {
            log.info("Quarry found no pending migration for database '{}' in {}", database.name(), locations)
        }
        for (migration in applied) {
            log.info(
                "Quarry applied migration {} ({}) to database '{}' in {} ms",
                migration.version(), migration.description(), database.name(), migration.executionMillis(),
            )
        }
    }
}
