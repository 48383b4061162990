package dev.quarry.samples.java.tour;

import static dev.quarry.samples.java.Books.BOOKS;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.RetryPolicy;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.cluster.Committed;
import dev.quarry.jdbc.cluster.DatabaseCluster;
import dev.quarry.jdbc.cluster.ReplicaPolicy;
import dev.quarry.migrate.ExecutedMigration;
import dev.quarry.migrate.Migrator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Read replicas, connection poolers and distributed databases through the Java facade.
 * docs/scale-out.md shows each region between "docs:" markers; the samples' tests run the routing
 * on SQLite files.
 */
public final class ScaleOutTour {
    private ScaleOutTour() {
    }

    // docs:cluster-java
    static final TransactionOptions READ_ONLY = TransactionOptions.DEFAULT.readOnly();

    /** A primary and one replica: read-only transactions go to the least busy replica. */
    static DatabaseCluster openCluster(String primaryUrl, String replicaUrl) {
        return DatabaseCluster.builder(Database.connect(primaryUrl))
                .replica(Database.connect(DatabaseConfig.builder(replicaUrl).connectionTimeout(Duration.ofSeconds(2)).build()))
                .policy(ReplicaPolicy.LEAST_BUSY)
                .backoff(Duration.ofSeconds(10))
                .build();
    }

    /** Runs on a replica. */
    static List<String> titlesInStock(DatabaseCluster cluster) {
        return cluster.transaction(READ_ONLY, tx -> tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true))
                .orderBy(BOOKS.title.asc()).fetch().stream().map(row -> row.get(BOOKS.title)).toList());
    }

    /** Runs on the primary. */
    static int markSoldOut(DatabaseCluster cluster, long bookId) {
        return cluster.transaction(tx -> tx.update(BOOKS).set(BOOKS.inStock, false).where(BOOKS.id.eq(bookId)).execute());
    }
    // docs:end

    // docs:read-your-writes-java
    /** Adds a book and lists the catalogue, which shows the new book even if the replica lags. */
    static List<String> addAndList(DatabaseCluster cluster, String title) {
        Committed<Integer> added = cluster.transactionCommitted(tx -> tx.insertInto(BOOKS)
                .set(BOOKS.title, title).set(BOOKS.author, "Anonymous").set(BOOKS.published, 2024)
                .set(BOOKS.price, new BigDecimal("9.90")).set(BOOKS.inStock, true).set(BOOKS.addedAt, Instant.now())
                .execute());
        return cluster.transaction(READ_ONLY, added.position(), tx -> tx.selectFrom(BOOKS)
                .where(BOOKS.inStock.eq(true)).orderBy(BOOKS.title.asc()).fetch().stream().map(row -> row.get(BOOKS.title)).toList());
    }
    // docs:end

    // docs:cluster-async-java
    /** Adds a book, then lists the catalogue on a replica that has the new book; no thread waits meanwhile. */
    static CompletableFuture<List<String>> addAndListAsync(DatabaseCluster cluster, String title) {
        return cluster.transactionCommittedAsync(tx -> tx.insertInto(BOOKS)
                        .set(BOOKS.title, title).set(BOOKS.author, "Anonymous").set(BOOKS.published, 2024)
                        .set(BOOKS.price, new BigDecimal("9.90")).set(BOOKS.inStock, true).set(BOOKS.addedAt, Instant.now())
                        .execute())
                .thenCompose(added -> cluster.transactionAsync(READ_ONLY, added.position(), tx -> tx.selectFrom(BOOKS)
                        .where(BOOKS.inStock.eq(true)).orderBy(BOOKS.title.asc()).fetch().stream()
                        .map(row -> row.get(BOOKS.title)).toList()));
    }
    // docs:end

    // docs:distributed-retry-java
    /** CockroachDB, YugabyteDB and TiDB ask clients to retry conflicting transactions: let Quarry do it. */
    static final TransactionOptions DISTRIBUTED_WRITES = TransactionOptions.DEFAULT
            .retry(RetryPolicy.onTransientFailure(10, Duration.ofMillis(5), Duration.ofMillis(500)));

    static int restock(Database db, long bookId) {
        return db.transaction(DISTRIBUTED_WRITES, tx -> tx.update(BOOKS).set(BOOKS.inStock, true).where(BOOKS.id.eq(bookId)).execute());
    }
    // docs:end

    // docs:pooler-java
    /** PostgreSQL through PgBouncer with pool_mode = transaction: nothing stays on a server connection. */
    static Database openBehindPgBouncer(String pgBouncerUrl) {
        return Database.connect(DatabaseConfig.builder(pgBouncerUrl).poolSize(20).transactionPooler().build());
    }

    /** A setting for one transaction: SET LOCAL ends with it (a plain SET is refused behind the pooler). */
    static long countWithLongerTimeout(Database db) {
        return db.transaction(tx -> {
            tx.execute("SET LOCAL statement_timeout = '30s'");
            return tx.selectFrom(BOOKS).where(BOOKS.inStock.eq(true)).count();
        });
    }

    /** Migrations through the pooler take their lock per transaction. */
    static List<ExecutedMigration> migrateBehindPgBouncer(Database db, Path scripts) {
        return Migrator.builder(db).location(scripts).build().up();
    }
    // docs:end
}
