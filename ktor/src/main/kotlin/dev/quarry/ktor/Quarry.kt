package dev.quarry.ktor

import io.ktor.server.application.Application
import io.ktor.server.application.ApplicationPlugin
import io.ktor.server.application.ApplicationStopped
import io.ktor.server.application.createApplicationPlugin
import io.ktor.server.application.log
import io.ktor.server.config.ApplicationConfig

/**
 * The Ktor server plugin of Quarry: opens the application's databases when it is installed,
 * applies their pending migrations, and closes them when the application stops.
 *
 * ```kotlin
 * install(Quarry) {
 *     database("main") { url = "jdbc:sqlite:app.db"; migrateOnStart("classpath:db/migration") }
 * }
 * routing {
 *     get("/authors") { call.respond(transaction(call.database) { Authors.selectAll().toList<Author>() }) }
 * }
 * ```
 *
 * Settings come from the `quarry` section of the application config (see [QuarryConfig]), then
 * from the `install` block. Installing opens every database, the default one first, and runs the
 * migrations of each one that has any, all before the application serves a request; if one fails,
 * the databases already opened are closed and the failure stops the start. They are closed in
 * reverse order on [ApplicationStopped], after the engine has stopped taking calls.
 *
 * Routes reach them with [database] on the call or the application; `transaction(db) { }` of the
 * DSL runs every JDBC call on the database's own dispatcher, never on the engine's event loop.
 */
public val Quarry: ApplicationPlugin<QuarryConfig> =
    createApplicationPlugin("Quarry", "quarry", { file: ApplicationConfig -> QuarryConfig(file) }) {
        val databases = OpenDatabases.open(pluginConfig, application.log)
        application.attributes.put(OpenDatabases.Key, databases)
        val monitor = application.monitor
        lateinit var onStopped: (Application) -> Unit
        onStopped = { stopped ->
            // Once per installation: a reloaded application installs the plugin, and subscribes, again.
            monitor.unsubscribe(ApplicationStopped, onStopped)
            stopped.attributes.remove(OpenDatabases.Key)
            databases.close(stopped.log)
        }
        monitor.subscribe(ApplicationStopped, onStopped)
    }
