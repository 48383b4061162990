package dev.quarry.samples.tour

import dev.quarry.jdbc.Database
import dev.quarry.jdbc.DatabaseConfig
import dev.quarry.jdbc.RetryPolicy
import dev.quarry.jdbc.TransactionOptions
import dev.quarry.jdbc.cluster.DatabaseCluster
import dev.quarry.jdbc.cluster.ReplicaPolicy
import dev.quarry.kotlin.ReadYourWrites
import dev.quarry.kotlin.eq
import dev.quarry.kotlin.exec
import dev.quarry.kotlin.insert
import dev.quarry.kotlin.select
import dev.quarry.kotlin.transaction
import dev.quarry.kotlin.update
import dev.quarry.migrate.Migrator
import dev.quarry.samples.Books
import java.nio.file.Path
import java.time.Duration
import kotlinx.coroutines.withContext

// Read replicas, connection poolers and distributed databases in Kotlin. docs/scale-out.md shows
// each region between "docs:" markers; the samples' tests run the routing on SQLite files.

// docs:cluster-kotlin
/** A primary and one replica: read-only transactions go to the least busy replica. */
fun openCluster(primaryUrl: String, replicaUrl: String): DatabaseCluster =
    DatabaseCluster.builder(Database.connect(primaryUrl))
        .replica(Database.connect(DatabaseConfig.builder(replicaUrl).connectionTimeout(Duration.ofSeconds(2)).build()))
        .policy(ReplicaPolicy.LEAST_BUSY)
        .backoff(Duration.ofSeconds(10))
        .build()

val readOnly: TransactionOptions = TransactionOptions.DEFAULT.readOnly()

/** Runs on a replica. */
suspend fun titlesInStock(cluster: DatabaseCluster): List<String> =
    transaction(cluster, readOnly) { Books.select { inStock eq true }.orderBy(Books.title).toList().map { it[Books.title] } }

/** Runs on the primary. */
suspend fun markSoldOut(cluster: DatabaseCluster, bookId: Long): Int =
    transaction(cluster) { Books.update({ id eq bookId }) { it[inStock] = false } }
// docs:end

// docs:read-your-writes-kotlin
/** Adds a book and lists the catalogue, which shows the new book even if the replica lags. */
suspend fun addAndList(cluster: DatabaseCluster, title: String): List<String> =
    withContext(ReadYourWrites()) {
        transaction(cluster) {
            Books.insert {
                it[Books.title] = title; it[author] = "Anonymous"; it[published] = 2024
                it[price] = "9.90".toBigDecimal(); it[inStock] = true; it[addedAt] = java.time.Instant.now()
            }
        }
        titlesInStock(cluster)
    }
// docs:end

// docs:distributed-retry-kotlin
/** CockroachDB, YugabyteDB and TiDB ask clients to retry conflicting transactions: let Quarry do it. */
val distributedWrites: TransactionOptions = TransactionOptions.DEFAULT
    .retry(RetryPolicy.onTransientFailure(10, Duration.ofMillis(5), Duration.ofMillis(500)))

suspend fun restock(db: Database, bookId: Long) =
    transaction(db, distributedWrites) { Books.update({ id eq bookId }) { it[inStock] = true } }
// docs:end

// docs:pooler-kotlin
/** PostgreSQL through PgBouncer with pool_mode = transaction: nothing stays on a server connection. */
fun openBehindPgBouncer(pgBouncerUrl: String): Database =
    Database.connect(DatabaseConfig.builder(pgBouncerUrl).poolSize(20).transactionPooler().build())

/** A setting for one transaction: SET LOCAL ends with it (a plain SET is refused behind the pooler). */
suspend fun countWithLongerTimeout(db: Database): Long =
    transaction(db) {
        exec("SET LOCAL statement_timeout = '30s'")
        Books.select { inStock eq true }.count()
    }

/** Migrations through the pooler take their lock per transaction. */
fun migrateBehindPgBouncer(db: Database, scripts: Path) = Migrator.builder(db).location(scripts).build().up()
// docs:end
