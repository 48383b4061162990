package dev.quarry.kotlin.chinook

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.Row
import dev.quarry.kotlin.TestDatabases
import dev.quarry.kotlin.alias
import dev.quarry.kotlin.and
import dev.quarry.kotlin.avg
import dev.quarry.kotlin.castTo
import dev.quarry.kotlin.caseWhen
import dev.quarry.kotlin.count
import dev.quarry.kotlin.countDistinct
import dev.quarry.kotlin.denseRank
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.inList
import dev.quarry.kotlin.isNotDistinctFrom
import dev.quarry.kotlin.lag
import dev.quarry.kotlin.literal
import dev.quarry.kotlin.lt
import dev.quarry.kotlin.notExists
import dev.quarry.kotlin.over
import dev.quarry.kotlin.plus
import dev.quarry.kotlin.rank
import dev.quarry.kotlin.round
import dev.quarry.kotlin.select
import dev.quarry.kotlin.selectAll
import dev.quarry.kotlin.sum
import dev.quarry.kotlin.times
import dev.quarry.kotlin.transaction
import dev.quarry.sql.Cte
import dev.quarry.sql.Query
import dev.quarry.testkit.TestTargets
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.math.BigDecimal

/** A row as a plain list of values, for comparing results across databases. */
private fun Row.values(): List<Any?> = (0 until size()).map { get(it) }

/** Employees with their depth below the general manager: a recursive CTE over Chinook. */
object Chain : Cte("chain", true) {
    val id = integer("id")
    val depth = integer("depth")

    override fun definition(): Query = (
        select(Employee.id, literal(0)).from(Employee).where { reportsTo eq null } union
            select(Employee.id, depth + 1).from(Employee).join(Chain) { id eq Employee.reportsTo }
        ).statement
}

/**
 * Analytics over the Chinook sample database, written with the DSL and run on every database:
 * each query must give the same rows everywhere, and the rows Chinook is known to give.
 */
class ChinookAnalyticsSpec : FunSpec({

    val databases: List<Database> by lazy { TestTargets.enabledFamilies().map { TestDatabases.of(it) } }

    /** Runs a query on every database, requires the same rows from all, and returns them. */
    suspend fun agreed(query: suspend () -> List<Row>): List<List<Any?>> {
        val results = databases.map { db ->
            ChinookLoader.ensureLoaded(db)
            transaction(db) { query().map { it.values() } }
        }
        results.forEach { it shouldBe results.first() }
        return results.first()
    }

    test("the five artists with the most tracks") {
        val tracks = count() alias "tracks"
        agreed {
            select(Artist.name, tracks).from(Artist)
                .join(Album) { artistId eq Artist.id }.join(Track) { albumId eq Album.id }
                .groupBy(Artist.id, Artist.name).orderBy(tracks.desc(), Artist.name.asc()).limit(5).toList()
        } shouldBe listOf(
            listOf("Iron Maiden", 213L), listOf("U2", 135L), listOf("Led Zeppelin", 114L),
            listOf("Metallica", 112L), listOf("Deep Purple", 92L),
        )
    }

    test("revenue per country over 100, largest first") {
        val revenue = sum(Invoice.total) alias "revenue"
        agreed {
            select(Invoice.billingCountry, revenue).from(Invoice).groupBy(Invoice.billingCountry)
                .having { sum(total) gt BigDecimal("100") }.orderBy(revenue.desc(), Invoice.billingCountry.asc()).toList()
        } shouldBe listOf(
            listOf("USA", BigDecimal("523.06")), listOf("Canada", BigDecimal("303.96")),
            listOf("France", BigDecimal("195.10")), listOf("Brazil", BigDecimal("190.10")),
            listOf("Germany", BigDecimal("156.48")), listOf("United Kingdom", BigDecimal("112.86")),
        )
    }

    test("the best-selling genre of each country, ties included") {
        val revenue = sum(InvoiceLine.unitPrice * InvoiceLine.quantity) alias "revenue"
        val sales = select(Invoice.billingCountry, Genre.name, revenue).from(InvoiceLine)
            .join(Invoice) { id eq InvoiceLine.invoiceId }.join(Track) { id eq InvoiceLine.trackId }
            .join(Genre) { id eq Track.genreId }.groupBy(Invoice.billingCountry, Genre.name).asCte("sales")
        val position = (rank() over { partitionBy(sales[Invoice.billingCountry]); orderBy(sales[revenue].desc()) }) alias
            "position"
        val ranked = select(sales[Invoice.billingCountry], sales[Genre.name], sales[revenue], position).from(sales)
            .asCte("ranked")
        val rows = agreed {
            select(ranked[sales[Invoice.billingCountry]], ranked[sales[Genre.name]], ranked[sales[revenue]]).from(ranked)
                .where { ranked[position] eq 1L }
                .orderBy(ranked[sales[Invoice.billingCountry]].asc(), ranked[sales[Genre.name]].asc()).toList()
        }
        rows.size shouldBe 25
        rows.take(2) shouldBe listOf(
            listOf("Argentina", "Alternative & Punk", BigDecimal("8.91")), listOf("Argentina", "Rock", BigDecimal("8.91")),
        )
        rows.filter { it[0] == "USA" } shouldBe listOf(listOf("USA", "Rock", BigDecimal("155.43")))
    }

    test("the reporting chain of employees, by a recursive CTE") {
        agreed {
            select(Chain.id, Chain.depth).from(Chain).orderBy(Chain.id).toList()
        } shouldBe listOf(listOf(1, 0), listOf(2, 1), listOf(3, 2), listOf(4, 2), listOf(5, 2), listOf(6, 1),
            listOf(7, 2), listOf(8, 2))
    }

    test("customers who never bought a jazz track") {
        agreed {
            val jazzPurchases = select(Invoice.id).from(Invoice)
                .join(InvoiceLine) { invoiceId eq Invoice.id }.join(Track) { id eq InvoiceLine.trackId }
                .join(Genre) { id eq Track.genreId }
                .where { (Invoice.customerId eq Customer.id) and (Genre.name eq "Jazz") }
            listOf(Customer.select(count()).where { notExists(jazzPurchases) }.single())
        }.single().single() shouldBe 27L
    }

    test("running totals of one customer's invoices, with the previous total") {
        agreed {
            select(Invoice.id, Invoice.total,
                sum(Invoice.total) over { orderBy(Invoice.invoiceDate, Invoice.id); rows(unboundedPreceding, currentRow) },
                lag(Invoice.total) over { orderBy(Invoice.invoiceDate, Invoice.id) },
            ).from(Invoice).where { customerId eq 1 }.orderBy(Invoice.invoiceDate, Invoice.id).limit(3).toList()
        } shouldBe listOf(
            listOf(98, BigDecimal("3.98"), BigDecimal("3.98"), null),
            listOf(121, BigDecimal("3.96"), BigDecimal("7.94"), BigDecimal("3.98")),
            listOf(143, BigDecimal("5.94"), BigDecimal("13.88"), BigDecimal("3.96")),
        )
    }

    test("tracks longer than the average track") {
        agreed {
            val average = select(avg(Track.milliseconds)).from(Track).asValue<Double>()
            listOf(Track.select(count()).where { milliseconds gt average }.single())
        }.single().single() shouldBe 494L
    }

    test("playlists with their track counts, empty ones too") {
        val tracks = count(PlaylistTrack.trackId) alias "tracks"
        val rows = agreed {
            select(Playlist.id, Playlist.name, tracks).from(Playlist)
                .leftJoin(PlaylistTrack) { playlistId eq Playlist.id }.groupBy(Playlist.id, Playlist.name)
                .orderBy(tracks.desc(), Playlist.id.asc()).toList()
        }
        rows.size shouldBe 18
        rows.first() shouldBe listOf(1, "Music", 3290L)
        rows.count { it[2] == 0L } shouldBe 4
    }

    test("cities of customers and employees: union, intersect and except agree") {
        val customers = select(Customer.city).from(Customer)
        val employees = select(Employee.city).from(Employee)
        agreed { (customers intersect employees).toList() } shouldBe listOf(listOf("Edmonton"))
        agreed { (employees except customers).orderBy(Employee.city.asc()).toList() } shouldBe
            listOf(listOf("Calgary"), listOf("Lethbridge"))
        agreed { listOf(select(literal((customers union employees).count())).single()) } shouldBe listOf(listOf(55L))
        agreed { (customers union employees).orderBy(Customer.city.asc()).limit(3).toList() } shouldBe
            listOf(listOf("Amsterdam"), listOf("Bangalore"), listOf("Berlin"))
    }

    test("keyset pagination reads every track exactly once") {
        agreed {
            val page = Track.select(Track.id, Track.milliseconds).orderBy(Track.milliseconds.asc(), Track.id.asc()).limit(500)
            val seen = mutableListOf<Row>()
            var current = page.toList()
            while (current.isNotEmpty()) {
                seen += current
                current = page.seekAfter(current.last()).toList()
            }
            listOf(select(literal(seen.size), literal(seen.map { it[Track.id] }.toSet().size)).single())
        } shouldBe listOf(listOf(3503, 3503))
    }

    test("track lengths in classes, distinct countries and customers without a company") {
        val size = caseWhen(Track.milliseconds lt 180_000, literal("short"))
            .orWhen(Track.milliseconds lt 360_000, literal("medium")).otherwise(literal("long")) alias "size"
        agreed {
            select(size, count()).from(Track).groupBy(size).orderBy(size.asc()).toList()
        } shouldBe listOf(listOf("long", 623L), listOf("medium", 2400L), listOf("short", 480L))
        agreed { listOf(select(countDistinct(Invoice.billingCountry)).from(Invoice).single()) } shouldBe listOf(listOf(24L))
        agreed { listOf(Customer.select(count()).where { company isNotDistinctFrom null }.single()) } shouldBe
            listOf(listOf(49L))
    }

    test("the biggest spenders, densely ranked") {
        val spent = sum(Invoice.total) alias "spent"
        val position = denseRank() over { orderBy(sum(Invoice.total).desc()) }
        agreed {
            select(Customer.firstName, Customer.lastName, spent, position).from(Customer)
                .join(Invoice) { customerId eq Customer.id }.groupBy(Customer.id, Customer.firstName, Customer.lastName)
                .orderBy(spent.desc(), Customer.id.asc()).limit(3).toList()
        } shouldBe listOf(
            listOf("Helena", "Holý", BigDecimal("49.62"), 1L),
            listOf("Richard", "Cunningham", BigDecimal("47.62"), 2L),
            listOf("Luis", "Rojas", BigDecimal("46.62"), 3L),
        )
    }
})
