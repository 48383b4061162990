package dev.quarry.kotlin.chinook

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.InsertBuilder
import dev.quarry.kotlin.createTables
import dev.quarry.kotlin.dropTables
import dev.quarry.kotlin.insertAll
import dev.quarry.kotlin.transaction
import dev.quarry.sql.Column
import dev.quarry.sql.Table
import dev.quarry.testkit.Chinook
import java.math.BigDecimal
import java.time.LocalDateTime
import java.util.concurrent.ConcurrentHashMap

/** Loads Chinook into a database once per test run, through Quarry's DDL and multi-row inserts. */
object ChinookLoader {
    private val loaded = ConcurrentHashMap.newKeySet<String>()
    private val tables = listOf(Artist, Album, Genre, Track, Employee, Customer, Invoice, InvoiceLine, Playlist, PlaylistTrack)

    suspend fun ensureLoaded(db: Database) {
        if (db.name() in loaded) return
        transaction(db) {
            dropTables(*tables.reversed().toTypedArray())
            createTables(*tables.toTypedArray())
        }
        copy(db, Artist, "SELECT ArtistId, Name FROM Artist", Artist.id, Artist.name)
        copy(db, Album, "SELECT AlbumId, Title, ArtistId FROM Album", Album.id, Album.title, Album.artistId)
        copy(db, Genre, "SELECT GenreId, Name FROM Genre", Genre.id, Genre.name)
        copy(db, Track, "SELECT TrackId, Name, AlbumId, GenreId, Composer, Milliseconds, Bytes, UnitPrice FROM Track",
            Track.id, Track.name, Track.albumId, Track.genreId, Track.composer, Track.milliseconds, Track.bytes, Track.unitPrice)
        copy(db, Employee, "SELECT EmployeeId, LastName, FirstName, Title, ReportsTo, HireDate, City, Country FROM Employee",
            Employee.id, Employee.lastName, Employee.firstName, Employee.title, Employee.reportsTo, Employee.hireDate,
            Employee.city, Employee.country)
        copy(db, Customer, "SELECT CustomerId, FirstName, LastName, Company, City, Country, Email, SupportRepId FROM Customer",
            Customer.id, Customer.firstName, Customer.lastName, Customer.company, Customer.city, Customer.country,
            Customer.email, Customer.supportRepId)
        copy(db, Invoice, "SELECT InvoiceId, CustomerId, InvoiceDate, BillingCity, BillingCountry, Total FROM Invoice",
            Invoice.id, Invoice.customerId, Invoice.invoiceDate, Invoice.billingCity, Invoice.billingCountry, Invoice.total)
        copy(db, InvoiceLine, "SELECT InvoiceLineId, InvoiceId, TrackId, UnitPrice, Quantity FROM InvoiceLine",
            InvoiceLine.id, InvoiceLine.invoiceId, InvoiceLine.trackId, InvoiceLine.unitPrice, InvoiceLine.quantity)
        copy(db, Playlist, "SELECT PlaylistId, Name FROM Playlist", Playlist.id, Playlist.name)
        copy(db, PlaylistTrack, "SELECT PlaylistId, TrackId FROM PlaylistTrack", PlaylistTrack.playlistId, PlaylistTrack.trackId)
        loaded += db.name()
    }

    private suspend fun copy(db: Database, table: Table, sql: String, vararg columns: Column<*>) {
        val rows = Chinook.rows(sql)
        transaction(db) {
            for (chunk in rows.chunked(500)) {
                table.insertAll(chunk) { builder, row -> columns.forEachIndexed { i, column -> builder.put(column, row[i]) } }
            }
        }
    }

    /** Converts a SQLite value to the column's Java type. */
    @Suppress("UNCHECKED_CAST")
    private fun InsertBuilder.put(column: Column<*>, value: Any?) {
        val converted: Any? = when {
            value == null -> null
            column.sqlType().javaType() == Integer::class.java -> (value as Number).toInt()
            column.sqlType().javaType() == BigDecimal::class.java -> BigDecimal(value.toString()).setScale(2)
            column.sqlType().javaType() == LocalDateTime::class.java -> LocalDateTime.parse(value.toString().replace(' ', 'T'))
            else -> value
        }
        this[column as Column<Any?>] = converted
    }
}
