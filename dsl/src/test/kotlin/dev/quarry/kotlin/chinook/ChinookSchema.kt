package dev.quarry.kotlin.chinook

import dev.quarry.kotlin.Table

object Artist : Table("artist") {
    val id = integer("artist_id")
    val name = varchar("name", 120).nullable()
    override val primaryKey = primaryKey(id)
}

object Album : Table("album") {
    val id = integer("album_id")
    val title = varchar("title", 160)
    val artistId = integer("artist_id")
    override val primaryKey = primaryKey(id)
}

object Genre : Table("genre") {
    val id = integer("genre_id")
    val name = varchar("name", 120).nullable()
    override val primaryKey = primaryKey(id)
}

object Track : Table("track") {
    val id = integer("track_id")
    val name = varchar("name", 200)
    val albumId = integer("album_id").nullable()
    val genreId = integer("genre_id").nullable()
    val composer = varchar("composer", 220).nullable()
    val milliseconds = integer("milliseconds")
    val bytes = integer("bytes").nullable()
    val unitPrice = decimal("unit_price", 10, 2)
    override val primaryKey = primaryKey(id)
}

object Employee : Table("employee") {
    val id = integer("employee_id")
    val lastName = varchar("last_name", 20)
    val firstName = varchar("first_name", 20)
    val title = varchar("title", 30).nullable()
    val reportsTo = integer("reports_to").nullable()
    val hireDate = datetime("hire_date").nullable()
    val city = varchar("city", 40).nullable()
    val country = varchar("country", 40).nullable()
    override val primaryKey = primaryKey(id)
}

object Customer : Table("customer") {
    val id = integer("customer_id")
    val firstName = varchar("first_name", 40)
    val lastName = varchar("last_name", 20)
    val company = varchar("company", 80).nullable()
    val city = varchar("city", 40).nullable()
    val country = varchar("country", 40).nullable()
    val email = varchar("email", 60)
    val supportRepId = integer("support_rep_id").nullable()
    override val primaryKey = primaryKey(id)
}

object Invoice : Table("invoice") {
    val id = integer("invoice_id")
    val customerId = integer("customer_id")
    val invoiceDate = datetime("invoice_date")
    val billingCity = varchar("billing_city", 40).nullable()
    val billingCountry = varchar("billing_country", 40).nullable()
    val total = decimal("total", 10, 2)
    override val primaryKey = primaryKey(id)
}

object InvoiceLine : Table("invoice_line") {
    val id = integer("invoice_line_id")
    val invoiceId = integer("invoice_id")
    val trackId = integer("track_id")
    val unitPrice = decimal("unit_price", 10, 2)
    val quantity = integer("quantity")
    override val primaryKey = primaryKey(id)
}

object Playlist : Table("playlist") {
    val id = integer("playlist_id")
    val name = varchar("name", 120).nullable()
    override val primaryKey = primaryKey(id)
}

object PlaylistTrack : Table("playlist_track") {
    val playlistId = integer("playlist_id")
    val trackId = integer("track_id")
    override val primaryKey = primaryKey(playlistId, trackId)
}
