package dev.quarry.samples.ktor

import com.typesafe.config.ConfigFactory
import dev.quarry.jdbc.Database
import dev.quarry.ktor.database
import io.ktor.server.application.createApplicationPlugin
import io.ktor.server.application.install
import io.ktor.server.config.HoconApplicationConfig
import io.ktor.server.engine.applicationEnvironment
import io.ktor.server.engine.connector
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.concurrent.ConcurrentHashMap
import kotlinx.coroutines.future.await

/**
 * The library server started for a test on a free port of 127.0.0.1 with the Netty engine, on the
 * database [jdbcUrl], recording the thread of every statement and of every call it handles.
 */
class LibraryServerHarness(jdbcUrl: String, databaseName: String, poolSize: Int = 8) : AutoCloseable {
    /** Names of the threads statements ran on. */
    val statementThreads: MutableSet<String> = ConcurrentHashMap.newKeySet()

    /** Names of the threads the engine handled calls on. */
    val callThreads: MutableSet<String> = ConcurrentHashMap.newKeySet()

    private val config = HoconApplicationConfig(
        ConfigFactory.parseMap(
            mapOf(
                "quarry.databases.library.url" to jdbcUrl,
                "quarry.databases.library.databaseName" to databaseName,
                "quarry.databases.library.poolSize" to poolSize.toString(),
            ),
        ),
    )

    private val server = embeddedServer(
        Netty,
        environment = applicationEnvironment { config = this@LibraryServerHarness.config },
        configure = { connector { host = "127.0.0.1"; port = 0 } },
    ) {
        install(createApplicationPlugin("CallThreads") { onCall { callThreads += currentThreadName() } })
        library { configure { statementListener { statementThreads += currentThreadName() } } }
    }

    /** The database the application opened; valid while the server runs. */
    val database: Database

    /** The server's base URL, such as `http://127.0.0.1:40123`. */
    val baseUrl: String

    private val client: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

    init {
        server.start(wait = false)
        try {
            database = server.application.database
            val port = kotlinx.coroutines.runBlocking { server.engine.resolvedConnectors().first().port }
            baseUrl = "http://127.0.0.1:$port"
        } catch (failure: Throwable) {
            server.stop(0, 0)
            throw failure
        }
    }

    /** Sends a request and returns its status and body; a JSON [body] makes it a POST. */
    suspend fun send(path: String, body: String? = null): HttpResponse<String> {
        val request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).await()
    }

    /**
     * The current thread's name without the ` @coroutine#n` that kotlinx.coroutines' debug mode
     * (on with assertions, as under Surefire) appends while a coroutine runs.
     */
    private fun currentThreadName(): String = Thread.currentThread().name.substringBefore(" @")

    /** Stops the engine within a few seconds; the plugin closes the database then. */
    override fun close() {
        server.stop(100, 5_000)
    }
}
