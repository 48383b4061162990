// docs:kotlin-start
package com.example.shop

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.select
import dev.quarry.kotlin.toList
import dev.quarry.kotlin.transaction
import kotlinx.coroutines.runBlocking
import kotlinx.serialization.Serializable

object Customers : Table("customers") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 64)
    val age = integer("age")
    override val primaryKey = primaryKey(id)
}

@Serializable
data class Customer(val id: Long, val name: String, val age: Int)

suspend fun adults(db: Database): List<Customer> = transaction(db) {
    createMissingTables(Customers)
    Customers.insert { it[name] = "Ada"; it[age] = 36 }
    Customers.insert { it[name] = "Linus"; it[age] = 12 }
    Customers.select { age gte 18 }.orderBy(Customers.name).toList<Customer>()
}

fun main(args: Array<String>) = runBlocking {
    Database.connect("jdbc:sqlite:${args[0]}").use { db ->
        val found = adults(db)
        println(found)
        check(found.map { it.name } == listOf("Ada")) { "expected only Ada, got $found" }
    }
}
// docs:end
