package dev.quarry.samples.tour

import dev.quarry.dialect.TextSemantics
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.Row
import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.byCodePoint
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.function
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.operator
import dev.quarry.kotlin.select
import dev.quarry.kotlin.setRollbackOnly
import dev.quarry.kotlin.sql
import dev.quarry.kotlin.sqlQuery
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.value
import dev.quarry.samples.Books
import dev.quarry.sql.Condition
import dev.quarry.sql.Expression
import dev.quarry.sql.SqlType
import java.math.BigDecimal
import kotlinx.serialization.Contextual
import kotlinx.serialization.Serializable

// What the query language has no node for, in Kotlin: functions by name, SQL templates, operators
// of your own, queries written by hand and rolling back without an exception. docs/query-language.md
// and docs/transactions.md show the regions between "docs:" markers; the samples' tests run them on SQLite.

// docs:escape-hatches
/** An operator of your own reads like the built-in ones once wrapped in an infix function. */
infix fun Expression<Int>.atLeast(other: Expression<Int>): Condition = operator(this, ">=", other)

suspend fun decadesOfClassics(): List<Row> {
    val decade = sql("{0} - {0} % 10", SqlType.INTEGER, Books.published) alias "decade"
    val cheapest = function("min", SqlType.decimal(8, 2), Books.price) alias "cheapest"
    return Books.select(decade, cheapest)
        .where { (published atLeast value(1900, SqlType.INTEGER)) and (published lt 1960) }
        .groupBy(decade)
        .orderBy(decade)
        .toList()
}
// docs:end

// docs:collations
/** Titles spelled exactly so, in code-point order, whatever collation the table was created with. */
suspend fun exactly(title: String): List<Row> =
    Books.select { byCodePoint(Books.title) eq title }.orderBy(byCodePoint(Books.author)).toList()
// docs:end

// docs:text-semantics
/**
 * A database whose existing tables' collations decide, so that their indexes serve every comparison
 * and ORDER BY: an old MariaDB schema in utf8mb4_unicode_ci, where "Émile" sorts next to "emile".
 */
fun ownCollationSettings(url: String): DatabaseConfig = DatabaseConfig.builder(url)
    .textSemantics(TextSemantics.DATABASE)
    .build()
// docs:end

// docs:raw-queries
@Serializable
data class PriceBand(val band: String, val books: Long, @Contextual val total: BigDecimal)

suspend fun priceBands(limit: BigDecimal): List<PriceBand> =
    sqlQuery(
        "SELECT CASE WHEN price < ? THEN 'cheap' ELSE 'dear' END AS band, COUNT(*) AS books, SUM(price) AS total" +
            " FROM books GROUP BY 1 ORDER BY 1",
        limit,
    ).toList<PriceBand>()

suspend fun newestTitle(): String? =
    sqlQuery("SELECT title FROM books ORDER BY published DESC").toList().firstOrNull()?.get("title") as String?
// docs:end

// docs:rollback-only
/** Applies a price change, or only shows what it would do when [dryRun] is set. */
suspend fun repriced(percent: Int, dryRun: Boolean): List<Row> {
    exec("UPDATE books SET price = ROUND(price * (100 + ?) / 100, 2)", percent)
    if (dryRun) setRollbackOnly()
    return sqlQuery("SELECT title, price FROM books ORDER BY price DESC").toList()
}
// docs:end
