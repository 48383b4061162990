package dev.quarry.ktor

import dev.quarry.jdbc.DatabaseConfig
import io.ktor.utils.io.KtorDsl
import javax.sql.DataSource
import kotlin.time.Duration

/**
 * How the [Quarry] plugin opens one database: read from the application config under
 * `quarry.databases.<key>`, then changed by `database("<key>") { … }` in `install(Quarry) { }`.
 * Code wins over the file, setting by setting.
 *
 * Either [url] (Quarry creates and owns a HikariCP pool) or [dataSource] (the application's own
 * pool, which Quarry never closes) must be set. Not thread-safe: configure it in `install` only.
 *
 * @property key the name the application uses for it: `application.database("<key>")`
 */
@KtorDsl
public class DatabaseSettings internal constructor(public val key: String) {
    /** The JDBC URL; file key `url`. */
    public var url: String? = null

    /** A data source of the application's own, instead of [url]; not read from the file. */
    public var dataSource: DataSource? = null

    /** File key `user`. */
    public var user: String? = null

    /** File key `password`. */
    public var password: String? = null

    /** Pooled connections, and so threads of the database's dispatcher; file key `poolSize`. Quarry's default when null. */
    public var poolSize: Int? = null

    /** How long a transaction waits for a free connection; file key `connectionTimeout` (`5s`, `500ms`, `PT5S`). */
    public var connectionTimeout: Duration? = null

    /**
     * The name the database is registered under in this JVM (`Database.named`); file key
     * `databaseName`, default the [key]. Two applications in one JVM that open the same key need
     * different names.
     */
    public var databaseName: String? = null

    internal val properties: MutableMap<String, String> = LinkedHashMap()
    internal val customizations: MutableList<DatabaseConfig.Builder.() -> Unit> = mutableListOf()
    internal val migrationLocations: MutableList<String> = mutableListOf()

    /** A driver property, such as `busy_timeout` for SQLite or `sslMode` for MariaDB; file keys `properties.<name>`. */
    public fun property(name: String, value: String) {
        properties[name] = value
    }

    /**
     * Changes the database's [DatabaseConfig.Builder] after the plugin has applied its settings:
     * observers, a statement listener, naming, the query budget, HikariCP settings. Several calls
     * all apply, in order.
     */
    public fun configure(block: DatabaseConfig.Builder.() -> Unit) {
        customizations += block
    }

    /**
     * Applies the pending migrations of these locations (`classpath:db/migration`, a directory)
     * when the application starts, before it serves a request; file key `migrations` (a list or
     * one location). Needs `dev.quarry:quarry-migrate` on the classpath.
     */
    public fun migrateOnStart(vararg locations: String) {
        require(locations.isNotEmpty()) { "migrateOnStart of database '$key' needs at least one location" }
        locations.forEach { require(it.isNotBlank()) { "migrateOnStart of database '$key' got a blank location" } }
        migrationLocations += locations
    }

    /** The configuration these settings describe. */
    internal fun toConfig(): DatabaseConfig {
        val source = dataSource
        val jdbcUrl = url
        val builder = when {
            source != null && jdbcUrl != null -> throw IllegalArgumentException(
                "database '$key' has both a url and a dataSource; set one of them",
            )
            source != null -> DatabaseConfig.builder(source)
            jdbcUrl != null -> DatabaseConfig.builder(jdbcUrl)
            else -> throw IllegalArgumentException(
                "database '$key' has no url: set quarry.databases.$key.url in the application config, " +
                    "or url (or dataSource) in install(Quarry) { database(\"$key\") { … } }",
            )
        }
        builder.name(databaseName ?: key)
        user?.let(builder::user)
        password?.let(builder::password)
        poolSize?.let(builder::poolSize)
        connectionTimeout?.let { builder.connectionTimeout(java.time.Duration.ofMillis(it.inWholeMilliseconds)) }
        properties.forEach(builder::property)
        customizations.forEach { builder.it() }
        return builder.build()
    }

    override fun toString(): String = "DatabaseSettings($key)"
}
