package dev.quarry.bench;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.DatabaseConfig;
import dev.quarry.jdbc.TransactionOptions;
import dev.quarry.jdbc.cluster.DatabaseCluster;
import dev.quarry.testkit.ReplicatedServers;
import java.util.concurrent.ThreadLocalRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * C2: read throughput of point selects by eight threads through a cluster of a PostgreSQL primary
 * and one streaming replica, against the primary alone, each with a pool of four connections per
 * server: the cluster sends every read to the replica. Both servers run on the benchmark machine, so the cluster gains only what a second
 * server process can add on the same cores; on separate machines the replica adds its own.
 */
@Threads(8)
public class C2ClusterReads {
    static final int ROWS = 1_000;
    static final TransactionOptions READ_ONLY = TransactionOptions.DEFAULT.readOnly();

    @State(Scope.Benchmark)
    public static class Servers {
        ReplicatedServers servers;
        DatabaseCluster cluster;
        Database alone;

        @Setup(Level.Trial)
        public void start() throws Exception {
            servers = ReplicatedServers.start("postgresql");
            Database primary = open(servers.primaryUrl(), "c2-primary");
            cluster = DatabaseCluster.of(primary, open(servers.replicaUrl(), "c2-replica"));
            alone = open(servers.primaryUrl(), "c2-alone");
            var position = cluster.transactionCommitted(tx -> {
                tx.execute("CREATE TABLE c2_items (id INTEGER PRIMARY KEY, name VARCHAR(40))");
                return tx.execute("INSERT INTO c2_items SELECT n, 'item ' || n FROM generate_series(1, " + ROWS + ") AS n");
            }).position();
            while (!cluster.catchUp().await(cluster.replicas().get(0), position)) {
                Thread.onSpinWait();
            }
        }

        @TearDown(Level.Trial)
        public void stop() throws Exception {
            alone.close();
            cluster.close();
            servers.close();
        }

        private static Database open(String url, String name) {
            return Database.connect(DatabaseConfig.builder(url).name(name).poolSize(4).build());
        }
    }

    @Benchmark
    public Object primaryAlone(Servers servers) {
        long id = ThreadLocalRandom.current().nextLong(1, ROWS + 1);
        return servers.alone.transaction(READ_ONLY, tx -> tx.fetch("SELECT name FROM c2_items WHERE id = ?", id));
    }

    @Benchmark
    public Object cluster(Servers servers) {
        long id = ThreadLocalRandom.current().nextLong(1, ROWS + 1);
        return servers.cluster.transaction(READ_ONLY, tx -> tx.fetch("SELECT name FROM c2_items WHERE id = ?", id));
    }
}
