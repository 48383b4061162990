package dev.quarry.samples.tour

import dev.quarry.dialect.NamingStrategy
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.currentTimestamp
import dev.quarry.kotlin.gt
import dev.quarry.kotlin.transaction
import dev.quarry.sql.ReferenceAction
import java.util.UUID

// Constraints, indexes and defaults in Kotlin. docs/schema.md shows the region between "docs:"
// markers; the samples' tests run it on SQLite.

// docs:schema
object Publishers : Table("publishers") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 64).unique()                                  // uq_publishers_name
    override val primaryKey = primaryKey(id)
}

object Titles : Table("titles") {
    val id = long("id").autoIncrement()
    val publisherId = long("publisher_id").references(Publishers.id, ReferenceAction.CASCADE)
    val isbn = varchar("isbn", 36).clientDefault { UUID.randomUUID().toString() }
    val title = varchar("title", 64)
    val pages = integer("pages").defaultValue(1)
    val addedAt = timestamp("added_at").defaultExpression(currentTimestamp())
    val oneTitlePerPublisher = unique(publisherId, title)                    // uq_titles_publisher_id_title
    val pagesArePositive = check("ck_titles_pages", pages gt 0)
    val byTitle = index(title)                                               // ix_titles_title
    val byIsbn = uniqueIndex("ux_titles_isbn", isbn)
    override val primaryKey = primaryKey(id)
}

/** Creates the tables that are missing, with their constraints and indexes. */
suspend fun createCatalogue(db: Database) = transaction(db) { createMissingTables(Publishers, Titles) }
// docs:end

// docs:naming
/**
 * The settings of the shop's database: its tables are declared in snake_case; on MySQL/MariaDB the
 * existing schema names them in PascalCase (`Books.inStock` is `"Books"."InStock"` there).
 */
fun shopSettings(url: String): DatabaseConfig = DatabaseConfig.builder(url)
    .naming(if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) NamingStrategy.UPPER_CAMEL else NamingStrategy.AS_DECLARED)
    .build()
// docs:end
