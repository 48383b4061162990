package dev.quarry.samples.tour

import dev.quarry.jdbc.Row
import dev.quarry.kotlin.alias
import dev.quarry.kotlin.castTo
import dev.quarry.kotlin.containsIgnoreCase
import dev.quarry.kotlin.ilike
import dev.quarry.kotlin.left
import dev.quarry.kotlin.lpad
import dev.quarry.kotlin.matches
import dev.quarry.kotlin.or
import dev.quarry.kotlin.position
import dev.quarry.kotlin.replace
import dev.quarry.kotlin.select
import dev.quarry.kotlin.startsWith
import dev.quarry.kotlin.stringAgg
import dev.quarry.samples.Books
import dev.quarry.sql.SqlType

// Text matching and text functions in Kotlin. docs/query-language.md shows each region between
// "docs:" markers; the samples' tests run them all on SQLite.

// docs:text-matching
suspend fun search(box: String): List<Row> =
    Books.select { (title containsIgnoreCase box) or (author containsIgnoreCase box) }.orderBy(Books.title).toList()

suspend fun classicsByPrefix(prefix: String): List<Row> =
    Books.select { (title startsWith prefix) or (note ilike "spice%flow") }.orderBy(Books.title).toList()

suspend fun numberedTitles(): List<Row> =
    Books.select { title matches "^[A-Z][a-z]+( [A-Z][a-z]+)*-[A-Z][a-z]+$" }.toList()
// docs:end

// docs:text-functions
suspend fun shelfLabels(): List<Row> =
    select(
        lpad(Books.id.castTo(SqlType.TEXT), 4, "0") alias "shelf",
        replace(Books.title, "The ", "") alias "sort_title",
        position(Books.author, " ") alias "first_space",
    ).from(Books).orderBy(Books.id).toList()

suspend fun titlesByAuthorInitial(): List<Row> {
    val initial = left(Books.author, 1) alias "initial"
    val titles = stringAgg(Books.title, "; ", Books.published.asc(), Books.id.asc()) alias "titles"
    return select(initial, titles).from(Books).groupBy(initial).orderBy(initial.asc()).toList()
}
// docs:end
