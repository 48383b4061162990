package dev.quarry.samples.ktor

import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.transaction
import dev.quarry.ktor.DatabaseSettings
import dev.quarry.ktor.Quarry
import dev.quarry.ktor.database
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.plugins.contentnegotiation.ContentNegotiation
import io.ktor.server.routing.routing

// docs:ktor-server
/** Serves the library API on http://127.0.0.1:8080, on the SQLite file library.db unless the config names a database. */
fun main() {
    embeddedServer(Netty, port = 8080, host = "127.0.0.1", module = { library() }).start(wait = true)
}

/**
 * The library application. The database comes from `quarry.databases.library` in the application
 * config; without a URL there, from the file library.db. [settings] adds settings in code.
 */
suspend fun Application.library(settings: DatabaseSettings.() -> Unit = {}) {
    install(ContentNegotiation) { json() }
    install(Quarry) {
        database("library") {
            if (url == null) url = "jdbc:sqlite:library.db"
            settings()
        }
    }
    // Modules run before the server takes requests, and may suspend.
    transaction(database) { createMissingTables(Authors, Books) }
    routing { libraryRoutes() }
}
// docs:end
