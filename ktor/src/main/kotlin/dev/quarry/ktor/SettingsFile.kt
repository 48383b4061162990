package dev.quarry.ktor

import io.ktor.server.config.ApplicationConfig
import io.ktor.server.config.ApplicationConfigValue
import kotlin.time.Duration

/**
 * Reads the `quarry` section of an application config: `default`, and per database
 * `databases.<key>.url`, `user`, `password`, `poolSize`, `connectionTimeout`, `databaseName`,
 * `migrations` and `properties.<name>`. An unknown key or a malformed value fails with the full
 * path of the key.
 */
internal class SettingsFile(private val section: ApplicationConfig) {

    fun readInto(config: QuarryConfig) {
        config.defaultDatabase = section.propertyOrNull("default")?.getString()
        val keys = section.keys()
        val unknown = keys.filterNot { it == "default" || it.startsWith("databases.") }
        require(unknown.isEmpty()) { "unknown key ${unknown.map { "quarry.$it" }} in the application config; expected quarry.default and quarry.databases.<name>.*" }
        val names = keys.filter { it.startsWith("databases.") }.map { it.removePrefix("databases.").substringBefore('.') }
        for (name in names.distinct().sorted()) {
            config.database(name) { read(this, section.config("databases.$name"), "quarry.databases.$name") }
        }
    }

    private fun read(settings: DatabaseSettings, database: ApplicationConfig, path: String) {
        for (key in database.keys().sorted()) {
            val value = database.property(key)
            when {
                key == "url" -> settings.url = value.getString()
                key == "user" -> settings.user = value.getString()
                key == "password" -> settings.password = value.getString()
                key == "databaseName" -> settings.databaseName = value.getString()
                key == "poolSize" -> settings.poolSize = value.getString().toIntOrNull()
                    ?: throw IllegalArgumentException("$path.poolSize must be a whole number, got '${value.getString()}'")
                key == "connectionTimeout" -> settings.connectionTimeout = duration(value.getString(), "$path.connectionTimeout")
                key == "migrations" -> settings.migrateOnStart(*locations(value).toTypedArray())
                key.startsWith("properties.") -> settings.property(key.removePrefix("properties."), value.getString())
                else -> throw IllegalArgumentException(
                    "unknown key $path.$key in the application config; expected url, user, password, poolSize, " +
                        "connectionTimeout, databaseName, migrations or properties.<name>",
                )
            }
        }
    }

    private fun locations(value: ApplicationConfigValue): List<String> =
        if (value.type == ApplicationConfigValue.Type.LIST) value.getList() else listOf(value.getString())

    private fun duration(text: String, path: String): Duration =
        Duration.parseOrNull(text) ?: throw IllegalArgumentException(
            "$path must be a duration such as 5s, 500ms or PT5S, got '$text'",
        )
}
