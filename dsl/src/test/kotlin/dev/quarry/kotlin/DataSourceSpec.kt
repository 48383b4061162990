package dev.quarry.kotlin

import com.zaxxer.hikari.HikariConfig
import com.zaxxer.hikari.HikariDataSource
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.Executors
import kotlinx.coroutines.asCoroutineDispatcher
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.withContext

/**
 * Kotlin transactions on an application's own HikariCP pool: many coroutines on one thread share
 * a pool of one connection, which works only because waiting for it suspends instead of blocking.
 */
class DataSourceSpec : FunSpec({

    for (family in TestTargets.enabledFamilies()) {
        test("$family: twenty coroutines on one thread share the one connection of an application's pool") {
            val settings = HikariConfig().apply {
                jdbcUrl = TestTargets.get(family).jdbcUrl()
                maximumPoolSize = 1
                poolName = "application-pool-dsl-$family"
            }
            HikariDataSource(settings).use { pool ->
                Database.connect(DatabaseConfig.builder(pool).name("data-source-dsl-$family").build()).use { db ->
                    transaction(db) {
                        dropTables(Users)
                        createTables(Users)
                    }
                    Executors.newSingleThreadExecutor().asCoroutineDispatcher().use { one ->
                        withContext(one) {
                            (1..20).map { n ->
                                async { transaction(db, context = one) { Users.insert { it[name] = "user $n"; it[age] = n; it[active] = true } } }
                            }.awaitAll()
                        }
                    }
                    transaction(db) { Users.selectAll().count() } shouldBe 20L
                }
            }
        }
    }
})
