package dev.quarry.ktor

import dev.quarry.kotlin.Table

/** The table the test migrations create. */
object Greetings : Table("ktor_greetings") {
    val id = integer("id")
    val greeting = varchar("greeting", 40)
    override val primaryKey = primaryKey(id)
}
