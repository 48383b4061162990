package dev.quarry.ktor

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.TransactionTimeoutException
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.transaction
import dev.quarry.ktor.RunningServer.Companion.quoted
import dev.quarry.testkit.TestTargets
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.types.shouldBeInstanceOf
import io.ktor.http.HttpStatusCode
import io.ktor.server.application.install
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import java.net.Socket
import java.time.Duration
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit
import java.util.concurrent.TimeoutException

/**
 * A client that goes away while its request runs a long statement. Ktor's Netty engine does not
 * cancel the call when the connection closes, so the statement goes on; a transaction timeout is
 * what ends it: Quarry cancels it on the server and rolls back, long before it would have ended.
 * docs/ktor.md relies on both halves.
 */
class DisconnectSpec : FunSpec({

    fun slowStatement(db: Database): String = when (db.dialect().name()) {
        "postgresql" -> "SELECT pg_sleep(60)"
        "sqlite" -> "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) SELECT count(*) FROM n"
        else -> "SELECT SLEEP(60)"
    }

    for (family in TestTargets.enabledFamilies()) {
        test("$family: a disconnect leaves the statement running; the transaction timeout cancels it on the server") {
            val started = CompletableFuture<Unit>()
            val ended = CompletableFuture<Throwable?>()
            val bounded = TransactionOptions.DEFAULT.timeout(Duration.ofSeconds(3))
            RunningServer(
                """
                quarry.databases.main { url = ${quoted(TestTargets.get(family).jdbcUrl())}, databaseName = "ktor-disconnect-$family", poolSize = 2 }
                """,
            ) {
                install(Quarry)
                routing {
                    get("/slow") {
                        try {
                            transaction(call.database, bounded) {
                                started.complete(Unit)
                                exec(slowStatement(call.database))
                            }
                            ended.complete(null)
                            call.respondText("finished")
                        } catch (timeout: TransactionTimeoutException) {
                            ended.complete(timeout)
                            call.respondText("too slow", status = HttpStatusCode.ServiceUnavailable)
                        }
                    }
                }
            }.use { server ->
                val port = server.baseUrl.substringAfterLast(':').toInt()
                Socket("127.0.0.1", port).use { client ->
                    client.getOutputStream().write("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".toByteArray())
                    client.getOutputStream().flush()
                    started.get(10, TimeUnit.SECONDS)
                }
                // The client has gone; the call goes on.
                shouldThrow<TimeoutException> { ended.get(1_500, TimeUnit.MILLISECONDS) }
                // The statement would run for a minute: it ends this soon only because the server cancelled it.
                ended.get(20, TimeUnit.SECONDS).shouldBeInstanceOf<TransactionTimeoutException>()
                server.application.database.internals().awaitIdle(Duration.ofSeconds(10)) shouldBe true
            }
        }
    }
})
