package dev.quarry.faults

import dev.quarry.jdbc.Database
import java.sql.DriverManager
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.withContext

/**
 * The sessions a server holds for one test database, seen and ended from a connection of the
 * test's own, as an administrator would: on PostgreSQL those with the database's application
 * name, on MariaDB those on the database's schema (the suite keeps one pool per server open at a
 * time). SQLite has none.
 */
class ServerSessions(private val db: Database) {
    private val url = requireNotNull(db.config().url()) { "${db.name()} was opened on a data source" }
    private val postgres = url.startsWith("jdbc:postgresql:")

    /** The ids of the sessions, or only of those running a statement that contains [running]. */
    suspend fun ids(running: String? = null): List<Long> {
        val sql = if (postgres) {
            "SELECT pid FROM pg_stat_activity WHERE application_name = '${db.name()}'" +
                (running?.let { " AND state = 'active' AND query LIKE '%$it%'" } ?: "")
        } else {
            "SELECT id FROM information_schema.processlist WHERE db = DATABASE() AND id <> CONNECTION_ID()" +
                (running?.let { " AND info LIKE '%$it%'" } ?: "")
        }
        return onOwnConnection { statement ->
            statement.executeQuery(sql).use { result -> generateSequence { if (result.next()) result.getLong(1) else null }.toList() }
        }
    }

    /** Ends the sessions: their connections break, their open transactions are rolled back. */
    suspend fun kill(ids: List<Long>) {
        onOwnConnection { statement ->
            ids.forEach { statement.execute(if (postgres) "SELECT pg_terminate_backend($it)" else "KILL CONNECTION $it") }
        }
    }

    /** Waits until a session runs a statement containing [running], and ends it. */
    suspend fun killWhenRunning(running: String) {
        repeat(200) {
            val ids = ids(running)
            if (ids.isNotEmpty()) {
                kill(ids)
                return
            }
            delay(25)
        }
        throw AssertionError("no session of database '${db.name()}' ran a statement with '$running'")
    }

    private suspend fun <R> onOwnConnection(work: (java.sql.Statement) -> R): R = withContext(Dispatchers.IO) {
        DriverManager.getConnection(url).use { connection -> connection.createStatement().use(work) }
    }
}

/**
 * Checks that the server holds exactly the sessions of the pool's connections, and no more than
 * [poolSize]; the pool replaces connections it evicted in the background, so this waits up to ten
 * seconds for that to settle. Nothing to check on SQLite, which has no server.
 */
suspend fun shouldHoldOnlyPooledSessions(db: Database, poolSize: Int) {
    if (db.dialect().name() == "sqlite") return
    val sessions = ServerSessions(db)
    var held = sessions.ids().size
    var pooled = db.internals().pooledConnections()
    repeat(100) {
        if (held == pooled && pooled <= poolSize) return
        delay(100)
        held = sessions.ids().size
        pooled = db.internals().pooledConnections()
    }
    throw AssertionError("the server holds $held sessions for database '${db.name()}', whose pool holds $pooled"
        + " connections of at most $poolSize")
}
