package dev.quarry.kotlin

import dev.quarry.jdbc.Database

/** The table the DSL suite writes and reads. */
object Users : Table("dsl_users") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 32)
    val age = integer("age")
    val managerId = long("manager_id").nullable()
    val active = bool("active")
    override val primaryKey = primaryKey(id)
}

/**
 * The users the DSL suite starts from, with the statements that made them forgotten:
 *
 * | id | name    | age | manager | active |
 * |----|---------|-----|---------|--------|
 * | 1  | Ada     | 36  |         | true   |
 * | 2  | Grace   | 45  | 1       | true   |
 * | 3  | Alan    | 41  | 1       | false  |
 * | 4  | Edsger  | 72  | 2       | true   |
 * | 5  | Barbara | 17  |         | false  |
 */
suspend fun freshUsers(db: Database) {
    transaction(db) {
        dropTables(Users)
        createTables(Users)
        Users.insert { it[name] = "Ada"; it[age] = 36; it[active] = true }
        Users.insert { it[name] = "Grace"; it[age] = 45; it[managerId] = 1L; it[active] = true }
        Users.insert { it[name] = "Alan"; it[age] = 41; it[managerId] = 1L; it[active] = false }
        Users.insert { it[name] = "Edsger"; it[age] = 72; it[managerId] = 2L; it[active] = true }
        Users.insert { it[name] = "Barbara"; it[age] = 17; it[active] = false }
    }
    TestDatabases.drainExecuted()
}
