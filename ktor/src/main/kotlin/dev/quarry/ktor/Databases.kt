package dev.quarry.ktor

import dev.quarry.jdbc.Database
import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationCall

/**
 * The default database the [Quarry] plugin opened for this application: the one
 * `quarry.default` or `defaultDatabase` names, or the only one declared. Thread-safe.
 *
 * @throws IllegalStateException if the plugin is not installed, or the application has stopped
 */
public val Application.database: Database
    get() = openDatabases().default

/**
 * The database the [Quarry] plugin opened under [key] (`quarry.databases.<key>`).
 *
 * @throws IllegalArgumentException if no database was declared under that key
 * @throws IllegalStateException if the plugin is not installed, or the application has stopped
 */
public fun Application.database(key: String): Database = openDatabases().named(key)

/** The application's default database; see [Application.database]. */
public val ApplicationCall.database: Database
    get() = application.database

/** The application's database [key]; see [Application.database]. */
public fun ApplicationCall.database(key: String): Database = application.database(key)

private fun Application.openDatabases(): OpenDatabases =
    attributes.getOrNull(OpenDatabases.Key) ?: throw IllegalStateException(
        "no Quarry database in this application: install(Quarry) { … } first (or the application has stopped)",
    )
