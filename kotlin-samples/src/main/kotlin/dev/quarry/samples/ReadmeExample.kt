package dev.quarry.samples

import dev.quarry.jdbc.Database
import dev.quarry.kotlin.Table
import dev.quarry.kotlin.createMissingTables
import dev.quarry.kotlin.gte
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction

// readme:begin
object Users : Table("users") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 64)
    val age = integer("age")
    val managerId = long("manager_id").nullable()   // Column<Long?>
    override val primaryKey = primaryKey(id)
}

suspend fun adultNames(db: Database): List<String> = transaction(db) {
    createMissingTables(Users)
    Users.insert { it[name] = "Ada"; it[age] = 36 }
    Users.insert { it[name] = "Linus"; it[age] = 12; it[managerId] = 1L }
    Users.select { age gte 18 }.orderBy(Users.name).toList().map { it[Users.name] }
}
// readme:end
