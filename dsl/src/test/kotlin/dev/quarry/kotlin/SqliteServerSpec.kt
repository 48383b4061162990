package dev.quarry.kotlin

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.shouldBe
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.util.concurrent.CopyOnWriteArrayList
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext

/**
 * SQLite files serving many callers at once: Quarry opens them with write-ahead logging and a busy
 * timeout, so readers never wait for the writer and writers wait for each other instead of failing.
 * SQLite only: the servers have settings of their own.
 */
class SqliteServerSpec : FunSpec({

    fun freshFile(): Path = Files.createTempDirectory("sqlite-server").resolve("shop.db")

    fun open(file: Path, name: String): Database =
        Database.connect(DatabaseConfig.builder("jdbc:sqlite:$file").name(name).build())

    test("a file Quarry opens is in write-ahead-log mode and a writer waits for another instead of failing") {
        val file = freshFile()
        open(file, "sqlite-wal-first").use { first ->
            open(file, "sqlite-wal-second").use { second ->
                transaction(first) { createTables(Users) }
                Files.exists(Path.of("$file-wal")) shouldBe true
                val holding = CompletableDeferred<Unit>()
                coroutineScope {
                    launch {
                        transaction(first) {
                            Users.insert { it[name] = "Ada"; it[age] = 36; it[active] = true }
                            holding.complete(Unit)
                            delay(1_000)
                        }
                    }
                    holding.await()
                    // Reads go on while the other connection holds the write lock.
                    transaction(second) { Users.selectAll().count() } shouldBe 0L
                    transaction(second) { Users.insert { it[name] = "Grace"; it[age] = 45; it[active] = true } }
                }
                transaction(second) { Users.selectAll().orderBy(Users.id).toList().map { it[Users.name] } } shouldBe
                    listOf("Ada", "Grace")
            }
        }
    }

    test("200 concurrent coroutines reading and writing one file all succeed") {
        val file = freshFile()
        open(file, "sqlite-busy-mix").use { db ->
            transaction(db) {
                createTables(Users)
                (1..20).forEach { n -> Users.insert { it[name] = "user $n"; it[age] = n; it[active] = true } }
            }
            val failures = CopyOnWriteArrayList<String>()
            // A transaction that reads and then writes may meet another writer's commit in between
            // (a serialization failure, transient): such transactions run with a retry policy.
            val readThenWrite = TransactionOptions.DEFAULT
                .retry(RetryPolicy.onTransientFailure(10, Duration.ofMillis(1), Duration.ofMillis(50)))
            withContext(Dispatchers.Default) {
                (0 until 200).map { n ->
                    async {
                        runCatching {
                            when (n % 4) {
                                0 -> transaction(db) { Users.select { age gte 10 }.toList() }
                                1 -> transaction(db) { Users.insert { it[name] = "new $n"; it[age] = n; it[active] = false } }
                                2 -> transaction(db) { Users.update({ id eq (n % 20 + 1).toLong() }) { it[active] = false } }
                                else -> transaction(db, readThenWrite) {
                                    val oldest = Users.selectAll().orderBy(Users.age.desc()).limit(1).single()[Users.age]
                                    Users.insert { it[name] = "after $oldest"; it[age] = oldest + 1; it[active] = true }
                                }
                            }
                        }.onFailure { failures += "coroutine $n: $it" }
                    }
                }.awaitAll()
            }
            failures.shouldBeEmpty()
            transaction(db) { Users.selectAll().count() } shouldBe 20L + 50 + 50
        }
    }
})
