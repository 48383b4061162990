package dev.quarry.kotlin.transactions

import dev.quarry.jdbc.Database

/**
 * SQL that keeps the server busy for a minute or more, to be cancelled: `pg_sleep`, `SLEEP`, and on
 * SQLite a recursive CTE that never ends.
 */
fun slowStatement(db: Database): String = when (db.dialect().name()) {
    "postgresql" -> "SELECT pg_sleep(60)"
    "sqlite" -> "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1000000000) SELECT count(*) FROM n"
    else -> "SELECT SLEEP(60)"
}
