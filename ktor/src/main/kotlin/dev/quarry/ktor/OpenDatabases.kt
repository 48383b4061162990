package dev.quarry.ktor

import dev.quarry.jdbc.Database
import io.ktor.util.AttributeKey
import org.slf4j.Logger

/**
 * The databases one installation of [Quarry] opened, by key, and the default among them.
 * Immutable once open; thread-safe.
 */
internal class OpenDatabases private constructor(
    val byKey: Map<String, Database>,
    val default: Database,
) {
    /** Closes every database, newest first; a failure to close one is logged and the others still close. */
    fun close(log: Logger) {
        closeAll(byKey, log)
    }

    fun named(key: String): Database = byKey[key]
        ?: throw IllegalArgumentException("the Quarry plugin opened no database '$key'; opened: ${byKey.keys}")

    companion object {
        /** Where the application keeps its open databases. */
        val Key: AttributeKey<OpenDatabases> = AttributeKey("dev.quarry.ktor.OpenDatabases")

        /**
         * Opens the configured databases, the default first (so that it is the JVM's default database
         * when no other is open), and migrates those with locations. On a failure, closes what it opened.
         */
        fun open(config: QuarryConfig, log: Logger): OpenDatabases {
            val defaultKey = config.defaultKey()
            val ordered = config.databases.values.sortedByDescending { it.key == defaultKey }
            val opened = LinkedHashMap<String, Database>()
            try {
                for (settings in ordered) {
                    val database = Database.connect(settings.toConfig())
                    opened[settings.key] = database
                    log.info("Quarry opened database '{}' ({}, {})", settings.key, database.name(), database.dialect().name())
                    if (settings.migrationLocations.isNotEmpty()) {
                        StartupMigrations.run(database, settings.migrationLocations, log)
                    }
                }
            } catch (failure: Throwable) {
                closeAll(opened, log)
                throw failure
            }
            return OpenDatabases(opened, opened.getValue(defaultKey))
        }

        private fun closeAll(databases: Map<String, Database>, log: Logger) {
            for ((key, database) in databases.entries.reversed()) {
                try {
                    database.close()
                    log.info("Quarry closed database '{}' ({})", key, database.name())
                } catch (failure: RuntimeException) {
                    log.error("Quarry could not close database '$key' (${database.name()})", failure)
                }
            }
        }
    }
}
