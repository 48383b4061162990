package dev.quarry.kotlin

/** The table the DSL suite writes and reads. */
object Users : Table("dsl_users") {
    val id = long("id").autoIncrement()
    val name = varchar("name", 32)
    val age = integer("age")
    val managerId = long("manager_id").nullable()
    val active = bool("active")
    override val primaryKey = primaryKey(id)
}
