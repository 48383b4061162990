package dev.quarry.kotlin

import dev.quarry.sql.Column
import dev.quarry.sql.PrimaryKey
import dev.quarry.sql.Relation
import dev.quarry.sql.SqlType
import java.time.Duration
import java.time.LocalTime
import java.time.OffsetDateTime
import java.util.UUID

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
public abstract class Table(name: String) : dev.quarry.sql.Table(name) {

    /**
     * The primary key, declared with `override val primaryKey = primaryKey(id)`. Calling
     * [primaryKey] is what declares it; without one, an auto-increment column is the key.
     */
    public open val primaryKey: PrimaryKey? = null

    /** A 64-bit integer column; the same as `bigint`. */
    public fun long(name: String): Column<Long> = bigint(name)

    /** A 16-bit integer column. */
    public fun short(name: String): Column<Short> = smallint(name)

    /** A 4-byte floating-point column. */
    public fun float(name: String): Column<Float> = real(name)

    /** A fixed-length character column; values read back without trailing spaces. */
    public fun char(name: String, length: Int): Column<String> = fixedChar(name, length)

    /** A column of bytes. */
    public override fun binary(name: String): Column<ByteArray> = super.binary(name)

    /** A [UUID] column, native where the database has the type. */
    public override fun uuid(name: String): Column<UUID> = super.uuid(name)

    /** A time-of-day column, to the microsecond. */
    public override fun time(name: String): Column<LocalTime> = super.time(name)

    /** A point-in-time column read back at UTC; see [SqlType.OFFSET_DATETIME]. */
    public override fun offsetDateTime(name: String): Column<OffsetDateTime> = super.offsetDateTime(name)

    /** A [Duration] column stored as nanoseconds; see [SqlType.DURATION]. */
    public override fun duration(name: String): Column<Duration> = super.duration(name)

    /** An enum column holding each constant's name. */
    public inline fun <reified E : Enum<E>> enumByName(name: String): Column<E> = enumByName(name, E::class.java)

    /** An enum column holding each constant's ordinal. */
    public inline fun <reified E : Enum<E>> enumByOrdinal(name: String): Column<E> = enumByOrdinal(name, E::class.java)

    /** An enum column of the database's own enum type (PostgreSQL `CREATE TYPE`, MySQL `ENUM`). */
    public inline fun <reified E : Enum<E>> nativeEnum(name: String, typeName: String): Column<E> =
        nativeEnum(name, E::class.java, typeName)

    /** An array column (PostgreSQL only): `array("tags", SqlType.TEXT)` is a `Column<List<String?>>`. */
    public override fun <E> array(name: String, elementType: SqlType<E>): Column<List<E?>> = super.array(name, elementType)

    /**
     * A column of the user's own type stored as a supported one:
     * `custom("price", SqlType.BIGINT, ::Money, Money::cents)`.
     */
    public inline fun <reified T : Any, S> custom(
        name: String,
        storage: SqlType<S>,
        noinline fromStorage: (S) -> T,
        noinline toStorage: (T) -> S,
    ): Column<T> = columnOf(name, SqlType.mapped(T::class.simpleName ?: name, T::class.java, storage, fromStorage, toStorage))

    /** An enum column holding each constant's name. */
    public override fun <E : Enum<E>> enumByName(name: String, enumClass: Class<E>): Column<E> =
        super.enumByName(name, enumClass)

    /** An enum column holding each constant's ordinal. */
    public override fun <E : Enum<E>> enumByOrdinal(name: String, enumClass: Class<E>): Column<E> =
        super.enumByOrdinal(name, enumClass)

    /** An enum column of the database's own enum type. */
    public override fun <E : Enum<E>> nativeEnum(name: String, enumClass: Class<E>, typeName: String): Column<E> =
        super.nativeEnum(name, enumClass, typeName)

    /**
     * A many-to-one relation from [columns] of this table to the key of [target] they reference,
     * checked now: `val author = manyToOne("author", Authors, authorId)`. See [Relation].
     */
    protected fun <P : Table, C : dev.quarry.sql.Table> P.manyToOne(name: String, target: C, vararg columns: Column<*>): Relation<P, C> =
        Relation.manyToOne(this, name, target, columns.toList())

    /** The rows of another table whose many-to-one relation leads here: `val books = oneToMany("books") { Books.author }`. */
    protected fun <P : Table, C : dev.quarry.sql.Table> P.oneToMany(name: String, inverse: () -> Relation<C, P>): Relation<P, C> =
        Relation.oneToMany(this, name) { inverse() }

    /** The one row of another table whose many-to-one relation, on unique columns, leads here. */
    protected fun <P : Table, C : dev.quarry.sql.Table> P.oneToOne(name: String, inverse: () -> Relation<C, P>): Relation<P, C> =
        Relation.oneToOne(this, name) { inverse() }

    /** The rows of another table linked through a join table's two many-to-one relations. */
    protected fun <P : Table, C : dev.quarry.sql.Table, J : dev.quarry.sql.Table> P.manyToMany(
        name: String,
        toParent: () -> Relation<J, P>,
        toChild: () -> Relation<J, C>,
    ): Relation<P, C> = Relation.manyToMany(this, name, { toParent() }, { toChild() })

    /** Declares a column of any type; reachable from the inline factories. */
    @PublishedApi
    internal fun <T> columnOf(name: String, type: SqlType<T>): Column<T> = column(name, type)
}
