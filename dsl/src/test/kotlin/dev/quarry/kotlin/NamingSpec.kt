package dev.quarry.kotlin

import dev.quarry.dialect.NamingStrategy
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import java.math.BigDecimal

/** Declared in snake_case, stored in PascalCase. */
private object ShelfItems : Table("kname_shelf_items") {
    val id = long("id")
    val itemName = varchar("item_name", 40)
    val unitPrice = decimal("unit_price", 8, 2)
    override val primaryKey = primaryKey(id)
}

/** A database opened with a naming strategy reads and writes a schema named otherwise, from Kotlin on every dialect. */
class NamingSpec : FunSpec({
    onEveryDialect { db ->
        test("a PascalCase schema is used through snake_case declarations") {
            val quote = { name: String -> StringBuilder().also { db.dialect().quoteIdentifier(it, name) }.toString() }
            transaction(db) {
                exec("DROP TABLE IF EXISTS ${quote("KnameShelfItems")}")
                exec("CREATE TABLE ${quote("KnameShelfItems")} (${quote("Id")} BIGINT PRIMARY KEY, " +
                    "${quote("ItemName")} VARCHAR(40) NOT NULL, ${quote("UnitPrice")} DECIMAL(8,2) NOT NULL)")
            }
            TestDatabases.openLike(db, "kname-${db.dialect().name()}") { naming(NamingStrategy.UPPER_CAMEL) }.use { pascal ->
                transaction(pascal) {
                    ShelfItems.insert {
                        it[id] = 1L
                        it[itemName] = "Lamp"
                        it[unitPrice] = BigDecimal("19.90")
                    }
                    ShelfItems.update({ id eq 1L }) { it[unitPrice] = BigDecimal("17.50") }
                    ShelfItems.select { itemName eq "Lamp" }.single()[ShelfItems.unitPrice].compareTo(BigDecimal("17.50")) shouldBe 0
                }
            }
            transaction(db) {
                sqlQuery("SELECT ${quote("ItemName")} AS name FROM ${quote("KnameShelfItems")}").single()["name"] shouldBe "Lamp"
            }
        }
    }
})
