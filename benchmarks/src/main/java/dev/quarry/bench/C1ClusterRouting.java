package dev.quarry.bench;

import dev.quarry.jdbc.Database;
import dev.quarry.jdbc.cluster.ReplicaPolicy;
import dev.quarry.jdbc.internal.cluster.ClusterMember;
import dev.quarry.jdbc.internal.cluster.ClusterRouting;
import java.time.Duration;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * C1: the routing decision a cluster adds to each read-only transaction (pick a replica that is
 * not backing off, count the transaction on it and off again), for both policies over two
 * replicas, without any database round trip. The target is under 2 µs per transaction.
 */
public class C1ClusterRouting {
    @State(Scope.Benchmark)
    public static class Routings {
        ClusterRouting roundRobin;
        ClusterRouting leastBusy;
        List<Database> databases;

        @Setup(Level.Trial)
        public void open() {
            databases = List.of(memory("c1-primary"), memory("c1-replica-a"), memory("c1-replica-b"));
            roundRobin = new ClusterRouting(databases.get(0), databases.subList(1, 3), ReplicaPolicy.ROUND_ROBIN, Duration.ofSeconds(5));
            leastBusy = new ClusterRouting(databases.get(0), databases.subList(1, 3), ReplicaPolicy.LEAST_BUSY, Duration.ofSeconds(5));
        }

        @TearDown(Level.Trial)
        public void close() {
            databases.forEach(Database::close);
        }

        private static Database memory(String name) {
            return Database.connect("jdbc:sqlite:file:" + name + "?mode=memory&cache=shared");
        }
    }

    @Benchmark
    public ClusterMember roundRobin(Routings routings) {
        return route(routings.roundRobin);
    }

    @Benchmark
    public ClusterMember leastBusy(Routings routings) {
        return route(routings.leastBusy);
    }

    private static ClusterMember route(ClusterRouting routing) {
        ClusterMember member = routing.first(true);
        member.enter();
        member.leave();
        return member;
    }
}
