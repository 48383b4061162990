package dev.quarry.bench

import javax.sql.DataSource
import kotlinx.serialization.builtins.ListSerializer
import kotlinx.serialization.json.Json

/**
 * W8 written by hand with JDBC as ONE statement that aggregates each author's books, with their
 * reviews, into a JSON array (PostgreSQL `json_agg`/`json_build_object`, SQLite
 * `json_group_array`/`json_object`, MariaDB `JSON_ARRAYAGG`/`JSON_OBJECT`), decoded with
 * kotlinx.serialization. One statement is one snapshot, so it runs in auto-commit mode. This is the
 * alternative to IN lists that the measurement weighs.
 */
class GraphJsonWorkloads(private val pool: DataSource, dialect: String) {
    private val sql = statement(dialect)
    private val books = ListSerializer(KGraphBook.serializer())

    /** The authors [first] to `first + count - 1` with their books and reviews, in one statement. */
    fun load(first: Long, count: Int): List<KGraphAuthor> = pool.connection.use { connection ->
        connection.prepareStatement(sql).use { statement ->
            statement.setLong(1, first)
            statement.setLong(2, first + count - 1)
            statement.executeQuery().use { rows ->
                val graph = ArrayList<KGraphAuthor>(count)
                while (rows.next()) {
                    val json = rows.getString(3)
                    graph.add(KGraphAuthor(rows.getLong(1), rows.getString(2), if (json == null) emptyList() else Json.decodeFromString(books, json)))
                }
                graph
            }
        }
    }

    private companion object {
        fun statement(dialect: String): String = when (dialect) {
            "postgresql" -> select(
                "\"",
                books = "COALESCE(json_agg(json_build_object('id', b.\"id\", 'title', b.\"title\", 'pages', b.\"pages\", 'reviews', %s) ORDER BY b.\"id\"), '[]'::json)",
                reviews = "COALESCE(json_agg(json_build_object('id', r.\"id\", 'stars', r.\"stars\", 'body', r.\"body\") ORDER BY r.\"id\"), '[]'::json)",
                nested = "(%s)",
            )
            "sqlite" -> select(
                "\"",
                books = "json_group_array(json_object('id', b.\"id\", 'title', b.\"title\", 'pages', b.\"pages\", 'reviews', %s) ORDER BY b.\"id\")",
                reviews = "json_group_array(json_object('id', r.\"id\", 'stars', r.\"stars\", 'body', r.\"body\") ORDER BY r.\"id\")",
                // json() keeps the nested array JSON instead of a string.
                nested = "json((%s))",
            )
            else -> select(
                "`",
                books = "JSON_ARRAYAGG(JSON_OBJECT('id', b.`id`, 'title', b.`title`, 'pages', b.`pages`, 'reviews', %s) ORDER BY b.`id`)",
                reviews = "JSON_ARRAYAGG(JSON_OBJECT('id', r.`id`, 'stars', r.`stars`, 'body', r.`body`) ORDER BY r.`id`)",
                // A subquery's JSON reaches JSON_OBJECT as a string unless a JSON function returns it.
                nested = "JSON_EXTRACT(COALESCE((%s), '[]'), '$')",
            )
        }

        /** The statement from a dialect's aggregates: [books] and [reviews] aggregate, [nested] embeds the reviews' subquery. */
        fun select(q: String, books: String, reviews: String, nested: String): String {
            fun id(name: String) = q + name + q
            val reviewsOfBook = "SELECT $reviews FROM ${id("bench_reviews")} r WHERE r.${id("book_id")} = b.${id("id")}"
            val booksOfAuthor = "SELECT ${books.format(nested.format(reviewsOfBook))} FROM ${id("bench_books")} b" +
                " WHERE b.${id("author_id")} = a.${id("id")}"
            return "SELECT a.${id("id")}, a.${id("name")}, ($booksOfAuthor) AS ${id("books")} FROM ${id("bench_authors")} a" +
                " WHERE a.${id("id")} BETWEEN ? AND ? ORDER BY a.${id("id")}"
        }
    }
}
