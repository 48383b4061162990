package dev.quarry.kotlin

import dev.quarry.sql.CreateTable
import dev.quarry.sql.DropTable
import dev.quarry.sql.Table

/** Creates the tables in the order given; fails if one exists. */
suspend fun createTables(vararg tables: Table) {
    onTransaction("createTables") { transaction -> tables.forEach { transaction.execute(CreateTable(it, false)) } }
}

/** Creates the tables that do not exist yet, in the order given. */
suspend fun createMissingTables(vararg tables: Table) {
    onTransaction("createMissingTables") { transaction -> tables.forEach { transaction.execute(CreateTable(it, true)) } }
}

/** Drops the tables that exist, in the order given. */
suspend fun dropTables(vararg tables: Table) {
    onTransaction("dropTables") { transaction -> tables.forEach { transaction.execute(DropTable(it, true)) } }
}
