package dev.quarry.ktor

import com.typesafe.config.ConfigFactory
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.string.shouldContain
import io.ktor.server.config.HoconApplicationConfig
import kotlin.time.Duration.Companion.milliseconds

/** Reading the `quarry` section of an application config, and the errors a wrong one gets. No database. */
class QuarryConfigSpec : FunSpec({

    fun read(hocon: String): QuarryConfig = QuarryConfig(HoconApplicationConfig(ConfigFactory.parseString(hocon)).config("quarry"))

    test("every setting of a database is read, with its key's name") {
        val config = read(
            """
            quarry.databases.main {
              url = "jdbc:sqlite:app.db"
              user = app
              password = secret
              poolSize = 12
              connectionTimeout = 750ms
              databaseName = app-main
              migrations = ["classpath:db/migration", "filesystem:extra"]
              properties { busy_timeout = "9000" }
            }
            """,
        )
        val main = config.databases.getValue("main")
        main.url shouldBe "jdbc:sqlite:app.db"
        main.user shouldBe "app"
        main.password shouldBe "secret"
        main.poolSize shouldBe 12
        main.connectionTimeout shouldBe 750.milliseconds
        main.databaseName shouldBe "app-main"
        main.migrationLocations shouldBe listOf("classpath:db/migration", "filesystem:extra")
        main.properties shouldBe mapOf("busy_timeout" to "9000")
        config.defaultKey() shouldBe "main"
        val built = main.toConfig()
        built.name() shouldBe "app-main"
        built.poolSize() shouldBe 12
        built.connectionTimeout().toMillis() shouldBe 750L
    }

    test("a single migration location may be a string") {
        read("quarry.databases.main.migrations = \"classpath:db/migration\"").databases.getValue("main")
            .migrationLocations shouldBe listOf("classpath:db/migration")
    }

    test("wrong settings fail with the key they are under") {
        shouldThrow<IllegalArgumentException> { read("quarry.databases.main.pool = 3") }.message shouldContain
            "unknown key quarry.databases.main.pool"
        shouldThrow<IllegalArgumentException> { read("quarry.databases.main.poolSize = many") }.message shouldBe
            "quarry.databases.main.poolSize must be a whole number, got 'many'"
        shouldThrow<IllegalArgumentException> { read("quarry.databases.main.connectionTimeout = soon") }.message shouldBe
            "quarry.databases.main.connectionTimeout must be a duration such as 5s, 500ms or PT5S, got 'soon'"
        shouldThrow<IllegalArgumentException> { read("quarry.database.main.url = x") }.message shouldContain
            "unknown key [quarry.database.main.url]"
        shouldThrow<IllegalArgumentException> { read("quarry.databases.main.user = app").databases.getValue("main").toConfig() }
            .message shouldBe "database 'main' has no url: set quarry.databases.main.url in the application config, " +
            "or url (or dataSource) in install(Quarry) { database(\"main\") { … } }"
    }

    test("the default database must be clear") {
        shouldThrow<IllegalArgumentException> { QuarryConfig(null).defaultKey() }.message shouldContain
            "the Quarry plugin has no database to open"
        val two = read("quarry.databases { a.url = x, b.url = y }")
        shouldThrow<IllegalArgumentException> { two.defaultKey() }.message shouldContain "several databases are declared ([a, b])"
        two.defaultDatabase = "c"
        shouldThrow<IllegalArgumentException> { two.defaultKey() }.message shouldBe
            "the default database 'c' is not declared; declared: [a, b]"
        two.defaultDatabase = "b"
        two.defaultKey() shouldBe "b"
    }

    test("migrateOnStart refuses blank locations") {
        shouldThrow<IllegalArgumentException> { QuarryConfig(null).database("main") { migrateOnStart() } }.message shouldBe
            "migrateOnStart of database 'main' needs at least one location"
    }
})
