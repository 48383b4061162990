package dev.quarry.samples.ktor

import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.TransactionTimeoutException
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.transaction
import dev.quarry.ktor.Quarry
import dev.quarry.ktor.database
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.Application
import io.ktor.server.application.install
import io.ktor.server.response.respond
import io.ktor.server.routing.Route
import io.ktor.server.routing.get
import java.time.Duration
import kotlin.time.Duration.Companion.seconds

// Settings of the Quarry plugin for docs/ktor.md, one topic per function.

// docs:ktor-install
/** Two databases: settings in code complete those of the application config, key by key. */
fun Application.twoDatabases() {
    install(Quarry) {
        defaultDatabase = "main"
        database("main") {
            url = System.getenv("DATABASE_URL") ?: "jdbc:sqlite:app.db"
            poolSize = 8
            connectionTimeout = 5.seconds
            migrateOnStart("classpath:db/migration")
            configure { slowStatementThreshold(Duration.ofMillis(250)) }
        }
        database("reports") {
            url = "jdbc:sqlite:reports.db"
            poolSize = 2
        }
    }
}
// docs:end

// docs:ktor-sqlite
/** An SQLite file behind a server: a few connections, and writers that wait for each other up to 10 s. */
fun Application.sqliteServer() {
    install(Quarry) {
        database("main") {
            url = "jdbc:sqlite:/var/lib/app/app.db"
            poolSize = 4
            property("busy_timeout", "10000")
        }
    }
}
// docs:end

// docs:ktor-timeout
/** A report that may run long: after 5 s its statement is cancelled on the server and the caller gets a 503. */
fun Route.boundedReport() {
    val bounded = TransactionOptions.DEFAULT.timeout(Duration.ofSeconds(5))
    get("/report") {
        try {
            call.respond(transaction(call.database, bounded) { Books.selectAll().orderBy(Books.published).toList<Book>() })
        } catch (timeout: TransactionTimeoutException) {
            call.respond(HttpStatusCode.ServiceUnavailable, Problem("the report took too long"))
        }
    }
}
// docs:end
