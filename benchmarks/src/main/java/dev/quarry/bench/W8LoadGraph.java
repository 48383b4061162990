package dev.quarry.bench;

import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * W8: 100 authors, each with its 20 books and each book's 3 reviews, loaded as one object graph in
 * one transaction. The baseline is hand-written JDBC with three statements (IN lists of parent ids);
 * {@code jdbcJson} is hand-written JDBC with one statement aggregating the children into JSON, the
 * strategy the IN lists are weighed against; Exposed loads through its DAO with eager loading.
 */
public class W8LoadGraph {

    /** The first author of each operation's range, in a fixed pseudo-random order, the same for every client. */
    @State(Scope.Thread)
    public static class Ranges {
        private final SplittableRandom random = new SplittableRandom(42);

        long next() {
            return GraphData.firstAuthor(random.nextInt());
        }
    }

    @Benchmark
    public List<GraphAuthor> jdbc(DialectState state, Ranges ranges) throws SQLException {
        return state.clients.graphs.jdbc.load(ranges.next(), GraphData.LOADED_AUTHORS);
    }

    @Benchmark
    public List<KGraphAuthor> jdbcJson(DialectState state, Ranges ranges) {
        return state.clients.graphs.jdbcJson.load(ranges.next(), GraphData.LOADED_AUTHORS);
    }

    @Benchmark
    public List<GraphAuthor> quarryJava(DialectState state, Ranges ranges) {
        return state.clients.graphs.quarryJava.load(ranges.next(), GraphData.LOADED_AUTHORS);
    }

    @Benchmark
    public List<KGraphAuthor> quarryKotlin(DialectState state, Ranges ranges) {
        return state.clients.graphs.quarryKotlin.loadBlocking(ranges.next(), GraphData.LOADED_AUTHORS);
    }

    @Benchmark
    public List<GraphAuthor> exposed(DialectState state, Ranges ranges) {
        return state.clients.graphs.exposed.load(ranges.next(), GraphData.LOADED_AUTHORS);
    }
}
