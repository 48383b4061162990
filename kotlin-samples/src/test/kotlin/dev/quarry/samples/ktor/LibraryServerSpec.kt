package dev.quarry.samples.ktor

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.transaction
import dev.quarry.testkit.TestTargets
import io.kotest.assertions.withClue
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.collections.shouldBeEmpty
import io.kotest.matchers.collections.shouldNotBeEmpty
import io.kotest.matchers.shouldBe
import kotlin.time.Duration.Companion.seconds
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.sync.Semaphore
import kotlinx.coroutines.sync.withPermit
import kotlinx.coroutines.withContext
import kotlinx.coroutines.withTimeout

/**
 * The library server under load on every test database: 500 concurrent HTTP requests mixing reads
 * and writes against a real Netty server on 127.0.0.1 all succeed, and no statement runs on one of
 * Netty's event-loop threads, although the calls themselves are handled there.
 */
class LibraryServerSpec : FunSpec({

    /** Netty's event-loop threads in Ktor: `eventLoopGroupProxy-G-N` (Ktor's groups), `nioEventLoopGroup-*`, `epollEventLoopGroup-*`. */
    val eventLoop = Regex("^(eventLoopGroupProxy|nioEventLoopGroup|epollEventLoopGroup|kqueueEventLoopGroup)-\\d+-\\d+$")

    for (family in TestTargets.enabledFamilies()) {
        test("$family: 500 concurrent reads and writes succeed, and no statement runs on an event loop") {
            val url = TestTargets.get(family).jdbcUrl()
            Database.connect(DatabaseConfig.builder(url).name("library-reset-$family").build()).use { db ->
                transaction(db) { exec("DROP TABLE IF EXISTS books"); exec("DROP TABLE IF EXISTS authors") }
            }
            val server = LibraryServerHarness(url, "library-$family")
            server.use {
                // Seed through the API: ten authors with two books each.
                for (n in 1..10) {
                    server.send("/authors", """{"name":"Author $n","country":"Country $n"}""").statusCode() shouldBe 201
                    for (b in 1..2) {
                        server.send("/authors/$n/books", """{"title":"Book $n.$b","published":${1900 + n}}""")
                            .statusCode() shouldBe 201
                    }
                }
                val failures = java.util.concurrent.ConcurrentLinkedQueue<String>()
                val inFlight = Semaphore(64)
                withTimeout(90.seconds) {
                    withContext(Dispatchers.Default) {
                        (0 until 500).map { n ->
                            async {
                                inFlight.withPermit {
                                    val author = n % 10 + 1
                                    val (path, body, expected) = when (n % 5) {
                                        0 -> Triple("/authors", null, 200)
                                        1 -> Triple("/authors/$author", null, 200)
                                        2 -> Triple("/authors/$author/books", null, 200)
                                        3 -> Triple("/authors/$author/books", """{"title":"Load $n","published":2000}""", 201)
                                        else -> Triple("/authors", """{"name":"Load $n","country":"Nowhere"}""", 201)
                                    }
                                    val response = runCatching { server.send(path, body) }
                                    response.onFailure { failures += "request $n $path: $it" }
                                    response.onSuccess {
                                        if (it.statusCode() != expected) failures += "request $n $path: ${it.statusCode()} ${it.body()}"
                                    }
                                }
                            }
                        }.awaitAll()
                    }
                }
                failures.toList() shouldBe emptyList()
                transaction(server.database) {
                    Authors.selectAll().count() shouldBe 10L + 100
                    Books.selectAll().count() shouldBe 20L + 100
                }
                server.send("/authors/99999/books", """{"title":"Orphan","published":2001}""").statusCode() shouldBe 404
                server.send("/authors/first").statusCode() shouldBe 400
                withClue("threads of the calls: ${server.callThreads.sorted()}") {
                    server.callThreads.filter { eventLoop.matches(it) }.shouldNotBeEmpty()
                }
                withClue("threads of the statements: ${server.statementThreads.sorted()}") {
                    server.statementThreads.shouldNotBeEmpty()
                    server.statementThreads.filter { eventLoop.matches(it) }.shouldBeEmpty()
                }
            }
            server.database.isClosed shouldBe true
        }
    }
})
