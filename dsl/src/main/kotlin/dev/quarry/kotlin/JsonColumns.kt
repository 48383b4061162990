package dev.quarry.kotlin

import dev.quarry.sql.Column
import dev.quarry.sql.SqlType
import kotlinx.serialization.KSerializer
import kotlinx.serialization.json.Json
import kotlinx.serialization.serializer

/**
 * A JSON document column holding values of a `@Serializable` class, written and read through
 * kotlinx.serialization with [format]: `val settings = json<Settings>("settings")`. Stored as JSONB
 * on PostgreSQL, JSON on MySQL/MariaDB and TEXT on SQLite; read into it with [jsonText] and
 * [jsonContains]. A document that does not decode is reported as an invalid value naming the column type.
 */
public inline fun <reified T : Any> Table.json(name: String, format: Json = Json): Column<T> =
    json(name, T::class.java, serializer<T>(), format)

/** [json] with an explicit serializer, for classes known only at run time. */
public fun <T : Any> Table.json(name: String, type: Class<T>, serializer: KSerializer<T>, format: Json = Json): Column<T> =
    columnOf(
        name,
        SqlType.mapped(
            "${serializer.descriptor.serialName} as JSON",
            type,
            SqlType.JSON,
            { text -> format.decodeFromString(serializer, text) },
            { value -> format.encodeToString(serializer, value) },
        ),
    )
