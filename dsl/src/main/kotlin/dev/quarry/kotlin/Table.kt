package dev.quarry.kotlin

import dev.quarry.sql.Column
import dev.quarry.sql.PrimaryKey

/**
 * A database table described in Kotlin, one `object` per table:
 *
 * ```
 * object Users : Table("users") {
 *     val id = long("id").autoIncrement()
 *     val name = varchar("name", 64)
 *     val age = integer("age")
 *     val managerId = long("manager_id").nullable()   // Column<Long?>
 *     override val primaryKey = primaryKey(id)
 * }
 * ```
 *
 * Column types carry Kotlin nullability: `row[Users.managerId]` is a `Long?`, `row[Users.age]` an
 * `Int`. Columns are registered in declaration order while the object initialises; after that the
 * table never changes and is safe to share between threads.
 */
abstract class Table(name: String) : dev.quarry.sql.Table(name) {

    /**
     * The primary key, declared with `override val primaryKey = primaryKey(id)`. Calling
     * [primaryKey] is what declares it; without one, an auto-increment column is the key.
     */
    open val primaryKey: PrimaryKey? = null

    /** A 64-bit integer column; the same as `bigint`. */
    fun long(name: String): Column<Long> = bigint(name)
}
