package dev.quarry.kotlin

import dev.quarry.InvalidQueryException
import dev.quarry.jdbc.ExecutedStatement
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.util.concurrent.CopyOnWriteArrayList
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.serialization.Serializable

@Serializable
private data class ReviewDto(val id: Long, val stars: Int)

@Serializable
private data class BookDto(val id: Long, val title: String, val year: Int, val reviews: List<ReviewDto>)

@Serializable
private data class AuthorDto(val name: String, val country: String, val books: List<BookDto>)

@Serializable
private data class AuthorName(val name: String)

@Serializable
private data class BookWithAuthor(val title: String, val author: AuthorName?)

@Serializable
private data class TagDto(val label: String)

@Serializable
private data class TaggedBook(val title: String, val tags: List<TagDto>)

@Serializable
private data class PrintingDto(val copies: Int)

@Serializable
private data class EditionDto(val series: String, val number: Int, val printings: List<PrintingDto>)

@Serializable
private data class BooksAsOne(val name: String, val books: BookDto)

/** Includes of each kind of relation decoded into @Serializable classes and row trees, on every dialect. */
class RelationsSpec : FunSpec({
    val executed = CopyOnWriteArrayList<ExecutedStatement>()

    onEveryDialect { shared ->
        val db = TestDatabases.openLike(shared, "relations-${shared.name()}", 2) { statementListener { executed.add(it) } }

        suspend fun <R> counted(expected: Int, block: suspend () -> R): R {
            fillRelationTables(db)
            executed.clear()
            val result = transaction(db) { block() }
            executed.size shouldBe expected
            return result
        }

        test("a nested include decodes into data classes with lists in one statement per level") {
            val authors = counted(3) {
                RelAuthors.select { country eq "UK" }.orderBy(RelAuthors.id)
                    .include(RelAuthors.books) {
                        orderBy(RelBooks.year)
                        include(RelBooks.reviews) { orderBy(RelReviews.stars.desc()) }
                    }
                    .toList<AuthorDto>()
            }
            authors shouldBe listOf(
                AuthorDto("Ada", "UK", listOf(
                    BookDto(10, "Notes", 1843, listOf(ReviewDto(100, 5), ReviewDto(101, 4), ReviewDto(102, 3))),
                    BookDto(12, "Sketches", 1845, emptyList()),
                    BookDto(11, "Letters", 1850, listOf(ReviewDto(103, 2))),
                )),
                AuthorDto("Mary", "UK", emptyList()),
            )
        }

        test("row trees hold each row's related rows by relation") {
            val trees = counted(2) { RelAuthors.selectAll().orderBy(RelAuthors.id).include(RelAuthors.books).toList() }
            trees.map { it[RelAuthors.name] to it.children(RelAuthors.books).size } shouldBe listOf("Ada" to 3, "Grace" to 2, "Mary" to 0)
        }

        test("a many-to-one is a nullable property and a many-to-many loads through its join table") {
            counted(2) {
                RelBooks.select { year gt 1845 }.orderBy(RelBooks.id).include(RelBooks.author).toList<BookWithAuthor>()
            } shouldBe listOf(BookWithAuthor("Letters", AuthorName("Ada")), BookWithAuthor("Compilers", AuthorName("Grace")),
                BookWithAuthor("COBOL", AuthorName("Grace")))
            counted(2) {
                RelBooks.select { authorId eq 1L }.orderBy(RelBooks.id).include(RelBooks.tags) { orderBy(RelTags.label) }
                    .toList<TaggedBook>()
            } shouldBe listOf(TaggedBook("Notes", listOf(TagDto("computing"), TagDto("maths"))),
                TaggedBook("Letters", listOf(TagDto("maths"))), TaggedBook("Sketches", emptyList()))
        }

        test("an include filters, orders and limits the related rows of each parent") {
            counted(2) {
                RelAuthors.selectAll().orderBy(RelAuthors.id).include(RelAuthors.books) {
                    where { year lt 1955 }
                    orderBy(RelBooks.title.desc())
                    limitPerParent(1)
                }.toList()
            }.map { tree -> tree.children(RelAuthors.books).map { it[RelBooks.title] } } shouldBe
                listOf(listOf("Sketches"), listOf("Compilers"), emptyList())
        }

        test("composite keys relate rows on all their columns") {
            counted(2) {
                RelEditions.selectAll().orderBy(RelEditions.number).include(RelEditions.printings) { orderBy(RelPrintings.copies) }
                    .toList<EditionDto>()
            } shouldBe listOf(EditionDto("A", 1, listOf(PrintingDto(500), PrintingDto(800))), EditionDto("A", 2, emptyList()))
        }

        test("a flow loads the includes of each chunk of parents") {
            counted(3) {
                RelAuthors.selectAll().orderBy(RelAuthors.id).include(RelAuthors.books).asFlow(fetchSize = 2)
                    .map { it[RelAuthors.name] to it.children(RelAuthors.books).size }.toList()
            } shouldBe listOf("Ada" to 3, "Grace" to 2, "Mary" to 0)
            counted(3) {
                RelAuthors.select { id eq 2L }.include(RelAuthors.books) {
                    orderBy(RelBooks.id)
                    include(RelBooks.reviews)
                }.into<AuthorDto>().asFlow().toList()
            }.single().books.map { it.title } shouldBe listOf("Compilers", "COBOL")
        }

        test("a class or an include that does not fit fails before any SQL runs") {
            counted(0) {
                shouldThrow<SerializableMappingException> {
                    RelAuthors.selectAll().include(RelAuthors.books).into<BooksAsOne>()
                }.message shouldBe "BooksAsOne.books takes the rows of relation krel_authors.books, which may be several; declare it as a List"
                shouldThrow<InvalidQueryException> {
                    RelAuthors.select(RelAuthors.name).include(RelAuthors.books)
                }.message shouldBe "include(krel_authors.books) needs krel_authors.id among the selected columns, to find the " +
                    "related rows; select it too"
            }
        }
    }
})
