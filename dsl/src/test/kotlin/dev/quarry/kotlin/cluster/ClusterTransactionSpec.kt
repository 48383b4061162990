package dev.quarry.kotlin.cluster

import dev.quarry.jdbc.DataAccessException
import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.cluster.DatabaseCluster
import dev.quarry.kotlin.ReadYourWrites
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.currentTransaction
import dev.quarry.kotlin.transaction
import dev.quarry.testkit.ReplicatedServers
import io.kotest.assertions.throwables.shouldThrow
import io.kotest.core.spec.style.FunSpec
import io.kotest.matchers.shouldBe
import io.kotest.matchers.shouldNotBe
import io.kotest.matchers.string.shouldContain
import java.nio.file.Files
import java.time.Duration
import kotlinx.coroutines.withContext

private val READ_ONLY = TransactionOptions.DEFAULT.readOnly()

/**
 * `transaction(cluster) { }` over real replication (PostgreSQL hot standby, MariaDB GTID replica),
 * and on SQLite files standing for a primary and a replica, where routing applies and
 * read-your-writes is refused because SQLite has no replication.
 */
class ClusterTransactionSpec : FunSpec({
    val started = mutableMapOf<String, ReplicatedServers>()
    afterSpec { started.values.forEach { it.close() } }

    for (family in ReplicatedServers.enabledFamilies()) {
        fun servers() = started.getOrPut(family) { ReplicatedServers.start(family) }

        test("$family: read-only blocks run on the replica, others on the primary, nested reads join the write") {
            cluster(servers(), "dsl-routing-$family").use { cluster ->
                transaction(cluster, READ_ONLY) { onReplica() } shouldBe true
                transaction(cluster) { onReplica() } shouldBe false
                transaction(cluster) { transaction(cluster, READ_ONLY) { onReplica() } } shouldBe false
            }
        }

        test("$family: ReadYourWrites makes a read see the commit before it, even on a lagging replica") {
            val servers = servers()
            cluster(servers, "dsl-ryw-$family").use { cluster ->
                withContext(ReadYourWrites()) {
                    transaction(cluster) {
                        exec("DROP TABLE IF EXISTS dsl_ryw")
                        exec("CREATE TABLE dsl_ryw (id INTEGER PRIMARY KEY)")
                    }
                    currentCoroutineContextPosition() shouldNotBe null
                    eventually { transaction(cluster, READ_ONLY) { onReplica() } } shouldBe true
                    servers.pauseReplay()
                    try {
                        transaction(cluster) { exec("INSERT INTO dsl_ryw (id) VALUES (1)") }
                        transaction(cluster, READ_ONLY) { onReplica() to count("dsl_ryw") } shouldBe (false to 1L)
                    } finally {
                        servers.resumeReplay()
                    }
                    transaction(cluster) { exec("INSERT INTO dsl_ryw (id) VALUES (2)") }
                    transaction(cluster, READ_ONLY) { onReplica() to count("dsl_ryw") } shouldBe (true to 2L)
                }
                transaction(cluster, READ_ONLY) { count("dsl_ryw") } shouldBe 2L
            }
        }

        test("$family: a stopped replica sends reads to the primary, and a block it started fails instead of moving") {
            val servers = servers()
            cluster(servers, "dsl-failover-$family").use { cluster ->
                var runs = 0
                shouldThrow<DataAccessException> {
                    transaction(cluster, READ_ONLY) {
                        runs++
                        onReplica() shouldBe true
                        servers.stopReplica()
                        onReplica()
                    }
                }
                runs shouldBe 1
                try {
                    transaction(cluster, READ_ONLY) { onReplica() } shouldBe false
                    cluster.isAvailable(cluster.replicas()[0]) shouldBe false
                } finally {
                    servers.startReplica()
                }
                eventually { transaction(cluster, READ_ONLY) { onReplica() } } shouldBe true
            }
        }
    }

    test("sqlite: routing applies to files, read-your-writes is refused without replication") {
        val directory = Files.createTempDirectory("quarry-dsl-cluster-")
        fun member(role: String): Database {
            val db = Database.connect(DatabaseConfig.builder("jdbc:sqlite:${directory.resolve("$role.db")}")
                .name("dsl-cluster-$role").poolSize(2).build())
            db.inTransaction { it.execute("CREATE TABLE role (name TEXT)"); it.execute("INSERT INTO role (name) VALUES (?)", role) }
            return db
        }
        Database.cluster(member("primary"), member("replica")).use { cluster ->
            val role = suspend { currentTransaction().fetch("SELECT name FROM role")[0].get("name") }
            transaction(cluster, READ_ONLY) { role() } shouldBe "replica"
            transaction(cluster) { role() } shouldBe "primary"
            val refused = shouldThrow<UnsupportedOperationException> {
                withContext(ReadYourWrites()) { transaction(cluster) { role() } }
            }
            refused.message shouldContain "sqlite"
        }
    }
})

private suspend fun currentCoroutineContextPosition() = kotlinx.coroutines.currentCoroutineContext()[ReadYourWrites]?.position

private fun cluster(servers: ReplicatedServers, name: String): DatabaseCluster {
    fun open(url: String, suffix: String) = Database.connect(
        DatabaseConfig.builder(url).name("$name-$suffix").poolSize(2).connectionTimeout(Duration.ofMillis(1000)).build())
    return DatabaseCluster.builder(open(servers.primaryUrl(), "primary")).replica(open(servers.replicaUrl(), "replica"))
        .backoff(Duration.ofMillis(500)).readYourWritesTimeout(Duration.ofMillis(400)).build()
}

private suspend fun onReplica(): Boolean {
    val transaction = currentTransaction()
    val postgres = transaction.database().dialect().name() == "postgresql"
    val answer = transaction.fetch(if (postgres) "SELECT pg_is_in_recovery() AS replica" else "SELECT @@read_only AS replica")[0].get("replica")
    return if (postgres) answer == true else (answer as Number).toInt() == 1
}

private suspend fun count(table: String): Long =
    (currentTransaction().fetch("SELECT COUNT(*) AS n FROM $table")[0].get("n") as Number).toLong()

/** Asks again for a while: a replica that was just restarted may still be reconnecting to its primary. */
private suspend fun eventually(check: suspend () -> Boolean): Boolean {
    val deadline = System.nanoTime() + 30_000_000_000L
    while (System.nanoTime() < deadline) {
        if (check()) {
            return true
        }
        kotlinx.coroutines.delay(200)
    }
    return false
}
