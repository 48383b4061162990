package dev.quarry.samples.tour

import dev.quarry.jdbc.UniqueViolationException
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.transaction

// Typed errors in Kotlin. docs/errors.md shows the region between "docs:" markers; the samples'
// tests run it on SQLite.

/** Members of the bookshop's club, one per email address. */
object Members : Table("members") {
    val id = long("id").autoIncrement()
    val email = varchar("email", 120).unique()
    override val primaryKey = primaryKey(id)
}

// docs:errors
/** Registers an email address; false when it is taken, whichever database says so. */
suspend fun register(email: String): Boolean = try {
    transaction { Members.insert { it[Members.email] = email } }
    true
} catch (taken: UniqueViolationException) {
    false
}
// docs:end
