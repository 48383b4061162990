package dev.quarry.ktor

import io.ktor.server.config.ApplicationConfig
import io.ktor.utils.io.KtorDsl

/**
 * The configuration of the [Quarry] plugin: the databases to open, read from the `quarry` section
 * of the application config (HOCON or YAML) and completed or changed in `install(Quarry) { }`.
 *
 * ```hocon
 * quarry {
 *   default = main
 *   databases.main { url = "jdbc:postgresql://localhost/app", user = app, password = ${?DB_PASSWORD}, poolSize = 16 }
 * }
 * ```
 *
 * Not thread-safe: configure it in `install` only.
 */
@KtorDsl
public class QuarryConfig internal constructor(file: ApplicationConfig?) {
    internal val databases: MutableMap<String, DatabaseSettings> = LinkedHashMap()

    /**
     * The key of the database `application.database` and `call.database` return; file key
     * `quarry.default`. May stay null when exactly one database is configured.
     */
    public var defaultDatabase: String? = null

    init {
        if (file != null) {
            SettingsFile(file).readInto(this)
        }
    }

    /**
     * Declares the database [key], or changes the one the application config declares under
     * `quarry.databases.<key>`.
     */
    public fun database(key: String, configure: DatabaseSettings.() -> Unit = {}) {
        require(key.isNotBlank()) { "a database key must not be blank" }
        databases.getOrPut(key) { DatabaseSettings(key) }.configure()
    }

    /** The key of the default database, checked against those declared. */
    internal fun defaultKey(): String {
        val chosen = defaultDatabase
        return when {
            databases.isEmpty() -> throw IllegalArgumentException(
                "the Quarry plugin has no database to open: declare one under quarry.databases in the application " +
                    "config, or with database(\"main\") { url = … } in install(Quarry) { }",
            )
            chosen != null -> chosen.also {
                require(it in databases) { "the default database '$it' is not declared; declared: ${databases.keys}" }
            }
            databases.size == 1 -> databases.keys.single()
            else -> throw IllegalArgumentException(
                "several databases are declared (${databases.keys}): choose the default with quarry.default in " +
                    "the application config or defaultDatabase = \"…\" in install(Quarry) { }",
            )
        }
    }
}
