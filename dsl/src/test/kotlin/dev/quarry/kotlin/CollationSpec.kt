package dev.quarry.kotlin

import dev.quarry.dialect.TextSemantics
import dev.quarry.jdbc.Database
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe

/** A table created by hand with a case-insensitive collation on each database. */
private object HandMadeNames : Table("kcoll_names") {
    val id = long("id")
    val name = varchar("name", 40)
}

private suspend fun handMadeNames(db: Database) = transaction(db) {
    val column = when (db.dialect().name()) {
        "sqlite" -> "TEXT COLLATE NOCASE"
        "postgresql" -> "VARCHAR(40) COLLATE kcoll_ci"
        else -> "VARCHAR(40) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci"
    }
    if (db.dialect().name() == "postgresql") {
        exec("CREATE COLLATION IF NOT EXISTS kcoll_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)")
    }
    exec("DROP TABLE IF EXISTS kcoll_names")
    exec("CREATE TABLE kcoll_names (id BIGINT PRIMARY KEY, name $column)")
    exec("INSERT INTO kcoll_names (id, name) VALUES (1, 'apple'), (2, 'Banana'), (3, 'cherry'), (4, 'APPLE')")
}

/**
 * The database's collation decides under its own text semantics unless the text is compared by code
 * point, from Kotlin on every dialect.
 */
class CollationSpec : FunSpec({
    onEveryDialect { db ->
        test("byCodePoint answers the same everywhere; collate names the database's own collation") {
            handMadeNames(db)
            TestDatabases.openLike(db, "kcoll-${db.dialect().name()}", 2) { textSemantics(TextSemantics.DATABASE) }.use { own ->
                transaction(own) {
                    HandMadeNames.select { name eq "APPLE" }.count() shouldBe 2L
                    HandMadeNames.select { byCodePoint(name) eq "APPLE" }.count() shouldBe 1L
                    HandMadeNames.selectAll().orderBy(byCodePoint(HandMadeNames.name)).toList().map { it[HandMadeNames.name] } shouldBe
                        listOf("APPLE", "Banana", "apple", "cherry")
                    val exact = byCodePoint(HandMadeNames.name)
                    select(exact).from(HandMadeNames).groupBy(exact).toList().size shouldBe 4
                    val binary = when (db.dialect().name()) {
                        "sqlite" -> "BINARY"
                        "postgresql" -> "C"
                        else -> "utf8mb3_bin"
                    }
                    HandMadeNames.select { (name collate binary) eq "apple" }.count() shouldBe 1L
                }
            }
        }
    }
})
