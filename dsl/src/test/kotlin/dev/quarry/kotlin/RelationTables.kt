package dev.quarry.kotlin

/** Authors, their books and the books' reviews, tags through a join table, and editions with a composite key. */
object RelAuthors : Table("krel_authors") {
    val id = long("id")
    val name = varchar("name", 40)
    val country = varchar("country", 2)
    override val primaryKey = primaryKey(id)
    val books = oneToMany("books") { RelBooks.author }
}

object RelBooks : Table("krel_books") {
    val id = long("id")
    val authorId = long("author_id").references(RelAuthors.id)
    val title = varchar("title", 60)
    val year = integer("year")
    override val primaryKey = primaryKey(id)
    val author = manyToOne("author", RelAuthors, authorId)
    val reviews = oneToMany("reviews") { RelReviews.book }
    val tags = manyToMany("tags", { RelBookTags.book }, { RelBookTags.tag })
}

object RelReviews : Table("krel_reviews") {
    val id = long("id")
    val bookId = long("book_id").references(RelBooks.id)
    val stars = integer("stars")
    override val primaryKey = primaryKey(id)
    val book = manyToOne("book", RelBooks, bookId)
}

object RelTags : Table("krel_tags") {
    val id = long("id")
    val label = varchar("label", 20)
    override val primaryKey = primaryKey(id)
}

object RelBookTags : Table("krel_book_tags") {
    val bookId = long("book_id").references(RelBooks.id)
    val tagId = long("tag_id").references(RelTags.id)
    override val primaryKey = primaryKey(bookId, tagId)
    val book = manyToOne("book", RelBooks, bookId)
    val tag = manyToOne("tag", RelTags, tagId)
}

object RelEditions : Table("krel_editions") {
    val series = varchar("series", 8)
    val number = integer("number")
    val title = varchar("title", 40)
    override val primaryKey = primaryKey(series, number)
    val printings = oneToMany("printings") { RelPrintings.edition }
}

object RelPrintings : Table("krel_printings") {
    val id = long("id")
    val series = varchar("series", 8)
    val number = integer("number")
    val copies = integer("copies")
    override val primaryKey = primaryKey(id)
    val edition = manyToOne("edition", RelEditions, series, number)
}

private val relationTables = listOf(RelAuthors, RelBooks, RelReviews, RelTags, RelBookTags, RelEditions, RelPrintings)

/** Drops, creates and fills the relation tables. */
suspend fun fillRelationTables(db: dev.quarry.jdbc.Database) {
    transaction(db) {
        relationTables.reversed().forEach { table -> currentTransaction().dropTableIfExists(table) }
        relationTables.forEach { table -> currentTransaction().createTable(table) }
        RelAuthors.insertAll(listOf(1L to "Ada" to "UK", 2L to "Grace" to "US", 3L to "Mary" to "UK")) { row, (idName, country) ->
            row[id] = idName.first
            row[name] = idName.second
            row[this.country] = country
        }
        val books = listOf(Book(10, 1, "Notes", 1843), Book(11, 1, "Letters", 1850), Book(12, 1, "Sketches", 1845),
            Book(20, 2, "Compilers", 1952), Book(21, 2, "COBOL", 1959))
        RelBooks.insertAll(books) { row, book ->
            row[id] = book.id
            row[authorId] = book.authorId
            row[title] = book.title
            row[year] = book.year
        }
        RelReviews.insertAll(listOf(Triple(100L, 10L, 5), Triple(101L, 10L, 4), Triple(102L, 10L, 3), Triple(103L, 11L, 2))) { row, r ->
            row[id] = r.first
            row[bookId] = r.second
            row[stars] = r.third
        }
        RelTags.insertAll(listOf(1L to "maths", 2L to "computing")) { row, t ->
            row[id] = t.first
            row[label] = t.second
        }
        RelBookTags.insertAll(listOf(10L to 1L, 10L to 2L, 11L to 1L, 20L to 2L)) { row, t ->
            row[bookId] = t.first
            row[tagId] = t.second
        }
        RelEditions.insertAll(listOf("A" to 1, "A" to 2)) { row, e ->
            row[series] = e.first
            row[number] = e.second
            row[title] = "${e.first}${e.second}"
        }
        RelPrintings.insertAll(listOf(1L to 500, 2L to 800)) { row, p ->
            row[id] = p.first
            row[series] = "A"
            row[number] = 1
            row[copies] = p.second
        }
    }
}

private data class Book(val id: Long, val authorId: Long, val title: String, val year: Int)
