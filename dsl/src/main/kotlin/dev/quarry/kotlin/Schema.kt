package dev.quarry.kotlin

import dev.quarry.sql.DropTable
import dev.quarry.sql.Table

/**
 * Creates the tables with their constraints and indexes, in the order given (tables a foreign key
 * references first); fails if one exists.
 */
public suspend fun createTables(vararg tables: Table) {
    onTransaction({ "createTables" }) { transaction -> tables.forEach { transaction.createTable(it) } }
}

/** Creates the tables and indexes that do not exist yet, in the order given; running it again changes nothing. */
public suspend fun createMissingTables(vararg tables: Table) {
    onTransaction({ "createMissingTables" }) { transaction -> tables.forEach { transaction.createTableIfNotExists(it) } }
}

/** Drops the tables that exist, in the order given. */
public suspend fun dropTables(vararg tables: Table) {
    onTransaction({ "dropTables" }) { transaction -> tables.forEach { transaction.execute(DropTable(it, true)) } }
}
