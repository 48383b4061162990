package dev.quarry.ktor

import com.typesafe.config.ConfigFactory
import io.ktor.server.application.Application
import io.ktor.server.config.HoconApplicationConfig
import io.ktor.server.engine.EmbeddedServer
import io.ktor.server.engine.applicationEnvironment
import io.ktor.server.engine.connector
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.netty.NettyApplicationEngine
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import kotlinx.coroutines.runBlocking

/**
 * A Netty server on a free port of 127.0.0.1, started with an application config given as HOCON
 * text and a module; stopped by [close].
 */
class RunningServer(hocon: String, module: suspend Application.() -> Unit) : AutoCloseable {
    private val server: EmbeddedServer<NettyApplicationEngine, NettyApplicationEngine.Configuration> = embeddedServer(
        Netty,
        environment = applicationEnvironment { config = HoconApplicationConfig(ConfigFactory.parseString(hocon)) },
        configure = { connector { host = "127.0.0.1"; port = 0 } },
        module = module,
    )

    val application: Application
    val baseUrl: String

    init {
        try {
            server.start(wait = false)
            application = server.application
            baseUrl = "http://127.0.0.1:" + runBlocking { server.engine.resolvedConnectors().first().port }
        } catch (failure: Throwable) {
            server.stop(0, 0)
            throw failure
        }
    }

    /** GETs a path and returns the response. */
    fun get(path: String, timeout: Duration = Duration.ofSeconds(10)): HttpResponse<String> =
        client.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString())

    override fun close() {
        server.stop(100, 5_000)
    }

    companion object {
        private val client: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

        /** HOCON text of a string value, quoted and escaped. */
        fun quoted(value: String): String = ConfigFactory.parseMap(mapOf("v" to value)).root().render(
            com.typesafe.config.ConfigRenderOptions.concise(),
        ).removePrefix("{\"v\":").removeSuffix("}")
    }
}
