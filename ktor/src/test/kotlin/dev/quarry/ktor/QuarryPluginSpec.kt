package dev.quarry.ktor

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.ktor.RunningServer.Companion.quoted
import dev.quarry.testkit.TestTargets
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.assertions.throwables.shouldThrowAny
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.server.application.install
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import java.nio.file.Files
import java.nio.file.Path

/**
 * The plugin on a real Netty server: databases opened from the application config and the install
 * block, migrated at start, reachable from routes, closed when the server stops.
 */
class QuarryPluginSpec : FunSpec({

    fun migrations(): Path = Files.createTempDirectory("ktor-migrations").also {
        Files.writeString(
            it.resolve("1_greetings.up.sql"),
            "CREATE TABLE ktor_greetings (id INT PRIMARY KEY, greeting VARCHAR(40));\n" +
                "INSERT INTO ktor_greetings (id, greeting) VALUES (1, 'hello');\n",
        )
    }

    fun sqliteUrl(): String = "jdbc:sqlite:" + Files.createTempDirectory("ktor-plugin").resolve("app.db")

    for (family in TestTargets.enabledFamilies()) {
        test("$family: opens the configured database, migrates it before serving, and closes it when the server stops") {
            val url = TestTargets.get(family).jdbcUrl()
            val server = RunningServer(
                """
                quarry.databases.main {
                  url = ${quoted(url)}
                  databaseName = "ktor-main-$family"
                  poolSize = 3
                  connectionTimeout = 5s
                  migrations = [${quoted("filesystem:${migrations()}")}]
                }
                """,
            ) {
                install(Quarry)
                routing {
                    get("/greeting") {
                        val greeting = transaction(call.database) {
                            Greetings.select { id eq 1 }.single()[Greetings.greeting]
                        }
                        call.respondText(greeting)
                    }
                }
            }
            val database: Database
            try {
                database = server.application.database
                database.name() shouldBe "ktor-main-$family"
                database.config().poolSize() shouldBe 3
                database.config().connectionTimeout().toMillis() shouldBe 5_000L
                Database.named("ktor-main-$family") shouldBe database
                server.get("/greeting").body() shouldBe "hello"
            } finally {
                server.close()
            }
            database.isClosed shouldBe true
            shouldThrow<IllegalArgumentException> { Database.named("ktor-main-$family") }
            shouldThrow<IllegalStateException> { server.application.database }.message shouldContain "install(Quarry)"
        }
    }

    // The plugin's own mechanics do not depend on the database: SQLite files only.
    test("code completes the application config, and routes reach each database by key") {
        val server = RunningServer(
            """
            quarry.default = orders
            quarry.databases.orders.databaseName = ktor-orders
            quarry.databases.audit { url = ${quoted(sqliteUrl())}, databaseName = ktor-audit, properties.busy_timeout = "2000" }
            """,
        ) {
            install(Quarry) {
                database("orders") { url = sqliteUrl(); poolSize = 2 }
            }
            routing {
                get("/names") { call.respondText("${call.database.name()} ${call.database("audit").name()}") }
            }
        }
        val orders: Database
        val audit: Database
        try {
            orders = server.application.database
            audit = server.application.database("audit")
            orders.config().poolSize() shouldBe 2
            audit.config().properties()["busy_timeout"] shouldBe "2000"
            server.get("/names").body() shouldBe "ktor-orders ktor-audit"
            shouldThrow<IllegalArgumentException> { server.application.database("billing") }.message shouldBe
                "the Quarry plugin opened no database 'billing'; opened: [orders, audit]"
        } finally {
            server.close()
        }
        orders.isClosed shouldBe true
        audit.isClosed shouldBe true
    }

    test("a database that cannot open stops the start and closes the databases opened before it") {
        val failure = shouldThrowAny {
            RunningServer(
                """
                quarry.default = first
                quarry.databases.first { url = ${quoted(sqliteUrl())}, databaseName = ktor-first }
                quarry.databases.second { url = "jdbc:sqlite:/no/such/directory/app.db", databaseName = ktor-second }
                """,
            ) { install(Quarry) }.close()
        }
        generateSequence(failure) { it.cause }.joinToString(" / ") { it.message.orEmpty() } shouldContain
            "could not connect database 'ktor-second'"
        shouldThrow<IllegalArgumentException> { Database.named("ktor-first") }
    }

    test("a route of an application without the plugin is told to install it") {
        RunningServer("") {
            routing { get("/db") { call.respondText(runCatching { call.database }.exceptionOrNull()?.message.orEmpty()) } }
        }.use { server ->
            server.get("/db").body() shouldBe
                "no Quarry database in this application: install(Quarry) { … } first (or the application has stopped)"
        }
    }
})
