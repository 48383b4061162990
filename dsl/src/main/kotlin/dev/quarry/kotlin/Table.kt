package dev.quarry.kotlin

import dev.quarry.sql.Column
import dev.quarry.sql.PrimaryKey
import java.math.BigDecimal
import java.time.Instant
import java.time.LocalDateTime

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

    /** A 32-bit integer column. */
    override fun integer(name: String): Column<Int> = super.integer(name)

    /** A 64-bit integer column. */
    fun long(name: String): Column<Long> = super.bigint(name)

    /** A 64-bit integer column; the same as [long]. */
    override fun bigint(name: String): Column<Long> = super.bigint(name)

    /** A character column of at most [length] characters, checked before every write. */
    override fun varchar(name: String, length: Int): Column<String> = super.varchar(name, length)

    /** An unbounded character column. */
    override fun text(name: String): Column<String> = super.text(name)

    /** A boolean column. */
    override fun bool(name: String): Column<Boolean> = super.bool(name)

    /** An exact decimal column with [precision] digits, [scale] of them after the point. */
    override fun decimal(name: String, precision: Int, scale: Int): Column<BigDecimal> =
        super.decimal(name, precision, scale)

    /** A date-time column without a time zone, to the microsecond. */
    override fun datetime(name: String): Column<LocalDateTime> = super.datetime(name)

    /** A point-in-time column that no session or server time zone shifts. */
    override fun timestamp(name: String): Column<Instant> = super.timestamp(name)
}
